import type { TenantClient, TenantTransaction } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { DomainError } from '../errors/domain-error.ts';
import { changeStockLevel } from './change-stock-level.ts';
import { findStockVariant, type LevelSnapshot, lockActiveLocation } from './stock-targets.ts';

/**
 * A stock count: the merchant says how many units are on the shelf and the ledger records the
 * difference as a 'correction'. The level row is locked while the difference is worked out, so a
 * sale at the same moment cannot be counted twice or lost.
 */
export async function setCountedStock({
  db,
  tenantId,
  actor,
  variantId,
  locationId,
  onHand,
  note,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  variantId: string;
  locationId: string;
  onHand: number;
  note?: string;
}) {
  return db.$transaction(async (tx) => {
    const variant = await findStockVariant(tx, variantId);
    const location = await lockActiveLocation(tx, tenantId, locationId);
    const before = await lockLevel(tx, tenantId, variantId, locationId);
    if (onHand < before.reserved) {
      throw new DomainError(
        'CONFLICT',
        `${before.reserved} of ${variant.label} at ${location.name} are reserved for checkouts; a count below ${before.reserved} needs those orders cancelled first`,
        { variantId, locationId, reserved: before.reserved },
      );
    }
    const difference = onHand - before.onHand;
    if (difference === 0) return { variantId, locationId, ...before, difference };
    const after = await changeStockLevel(tx, {
      tenantId,
      variantId,
      locationId,
      onHandDelta: difference,
      reason: 'correction',
      note: note ?? `Counted ${onHand}`,
      actorId: actor.id,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'inventory.count',
      targetType: 'ProductVariant',
      targetId: variantId,
      before: { locationId, onHand: before.onHand },
      after: { locationId, onHand: after.onHand, difference, note },
    });
    return { variantId, locationId, ...after, difference };
  });
}

async function lockLevel(
  tx: TenantTransaction,
  tenantId: string,
  variantId: string,
  locationId: string,
): Promise<LevelSnapshot> {
  const [level] = await tx.$queryRaw<{ onHand: number; reserved: number }[]>`
    SELECT "onHand", "reserved" FROM "InventoryLevel"
     WHERE "tenantId" = ${tenantId} AND "variantId" = ${variantId} AND "locationId" = ${locationId}
       FOR UPDATE`;
  const onHand = level?.onHand ?? 0;
  const reserved = level?.reserved ?? 0;
  return { onHand, reserved, available: onHand - reserved };
}
