import type { TenantTransaction } from '@storeloom/db';

import { changeStockLevel } from '../change-stock-level.ts';
import { claimOrderReservations, totalsByLevel } from './claim-reservations.ts';

/**
 * The order is paid: its held units become sales. On-hand and reserved both drop, so availability
 * is unchanged, and the ledger records a 'sale' referencing the order. Running it again, or after
 * the reservations were released, changes nothing.
 */
export async function commitReservations(
  tx: TenantTransaction,
  { tenantId, orderId, actorId }: { tenantId: string; orderId: string; actorId?: string | null },
): Promise<void> {
  const claimed = await claimOrderReservations(tx, { tenantId, orderId, status: 'committed' });
  for (const level of totalsByLevel(claimed)) {
    await changeStockLevel(tx, {
      tenantId,
      variantId: level.variantId,
      locationId: level.locationId,
      onHandDelta: -level.quantity,
      reservedDelta: -level.quantity,
      reason: 'sale',
      referenceType: 'Order',
      referenceId: orderId,
      actorId: actorId ?? null,
    });
  }
}
