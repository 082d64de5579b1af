import type { TenantTransaction } from '@storeloom/db';

import { conflict } from '../errors/domain-error.ts';
import { changeStockLevel } from '../inventory/change-stock-level.ts';
import { lockActiveLocation } from '../inventory/stock-targets.ts';

/**
 * Sets a variant's units on hand at a location to a counted number, inside the caller's
 * transaction (the product editor and the CSV import count stock as part of a larger write).
 * The difference goes through `changeStockLevel` as a correction, so the ledger explains it.
 * The level row is locked first: a sale between reading and writing would otherwise be
 * overwritten by a stale difference.
 */
export async function countVariantStock(
  tx: TenantTransaction,
  {
    tenantId,
    variant,
    locationId,
    onHand,
    actorId,
  }: {
    tenantId: string;
    variant: { id: string; sku: string };
    locationId: string;
    onHand: number;
    actorId: string | null;
  },
): Promise<{ locationId: string; before: number; after: number }> {
  const location = await lockActiveLocation(tx, tenantId, locationId);
  const [level] = await tx.$queryRaw<{ onHand: number; reserved: number }[]>`
    SELECT "onHand", "reserved" FROM "InventoryLevel"
     WHERE "tenantId" = ${tenantId} AND "variantId" = ${variant.id} AND "locationId" = ${locationId}
       FOR UPDATE`;
  const current = level?.onHand ?? 0;
  const reserved = level?.reserved ?? 0;
  if (onHand < reserved) {
    throw conflict(
      `${reserved} units of ${variant.sku} at ${location.name} are reserved for checkouts; the stock on hand cannot be set below that`,
    );
  }
  if (onHand !== current) {
    await changeStockLevel(tx, {
      tenantId,
      variantId: variant.id,
      locationId,
      onHandDelta: onHand - current,
      reason: 'correction',
      note: `Counted ${onHand}`,
      actorId,
    });
  }
  return { locationId, before: current, after: onHand };
}
