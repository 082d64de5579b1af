import type { TenantTransaction } from '@storeloom/db';

import { changeStockLevel } from '../change-stock-level.ts';
import { claimOrderReservations, totalsByLevel } from './claim-reservations.ts';

/**
 * The order was cancelled or its hold ran out: its held units become available again. Returns
 * how many reservations were released; running it again releases nothing.
 */
export async function releaseReservations(
  tx: TenantTransaction,
  {
    tenantId,
    orderId,
    reason,
  }: { tenantId: string; orderId: string; reason: 'cancelled' | 'expired' },
): Promise<number> {
  const status = reason === 'expired' ? 'expired' : 'released';
  const claimed = await claimOrderReservations(tx, { tenantId, orderId, status });
  for (const level of totalsByLevel(claimed)) {
    await changeStockLevel(tx, {
      tenantId,
      variantId: level.variantId,
      locationId: level.locationId,
      reservedDelta: -level.quantity,
    });
  }
  return claimed.length;
}
