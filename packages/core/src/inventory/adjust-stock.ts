import type { TenantClient } from '@storeloom/db';
import type { AdjustStockReason } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { changeStockLevel } from './change-stock-level.ts';
import {
  findStockVariant,
  lockActiveLocation,
  notEnoughStock,
  readLevel,
} from './stock-targets.ts';

/**
 * A merchant adds or removes units at a location (a delivery, breakage, a miscount). Removing
 * more than is available (on hand minus reserved) is refused: reserved units are promised to
 * checkouts.
 */
export async function adjustStock({
  db,
  tenantId,
  actor,
  variantId,
  locationId,
  delta,
  reason,
  note,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  variantId: string;
  locationId: string;
  delta: number;
  reason: AdjustStockReason;
  note?: string;
}) {
  return db.$transaction(async (tx) => {
    const variant = await findStockVariant(tx, variantId);
    const location = await lockActiveLocation(tx, tenantId, locationId);
    const before = await readLevel(tx, variantId, locationId);
    if (delta < 0 && before.available < -delta) {
      throw notEnoughStock('remove', -delta, variant, location, before);
    }
    const after = await changeStockLevel(tx, {
      tenantId,
      variantId,
      locationId,
      onHandDelta: delta,
      reason,
      note,
      actorId: actor.id,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'inventory.adjust',
      targetType: 'ProductVariant',
      targetId: variantId,
      before: { locationId, onHand: before.onHand, reserved: before.reserved },
      after: { locationId, onHand: after.onHand, reserved: after.reserved, delta, reason, note },
    });
    return { variantId, locationId, ...after };
  });
}
