import type { InventoryReason, TenantTransaction } from '@storeloom/db';

import { DomainError } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';

export interface StockChange {
  tenantId: string;
  variantId: string;
  locationId: string;
  /** Change to the units physically held. Written to the ledger with `reason`. */
  onHandDelta?: number;
  /** Change to the units held for checkouts (reservations); not a ledger entry by itself. */
  reservedDelta?: number;
  reason?: InventoryReason;
  referenceType?: string;
  referenceId?: string;
  note?: string;
  actorId?: string | null;
}

export interface StockLevelAfter {
  onHand: number;
  reserved: number;
  available: number;
}

interface LevelRow {
  onHand: number;
  reserved: number;
  lowStockThreshold: number | null;
}

/**
 * The one place stock changes. A single conditional UPDATE applies the deltas only if the result
 * keeps on-hand and reserved non-negative and, when availability drops, keeps it non-negative
 * too; so concurrent checkouts can never oversell, without locks held across statements. Every
 * on-hand change is written to the append-only ledger, and crossing the variant's low-stock
 * threshold emits `inventory.low_stock` in the same transaction.
 */
export async function changeStockLevel(
  tx: TenantTransaction,
  change: StockChange,
): Promise<StockLevelAfter> {
  const onHandDelta = change.onHandDelta ?? 0;
  const reservedDelta = change.reservedDelta ?? 0;
  if (onHandDelta !== 0 && !change.reason) throw new Error('An on-hand change needs a reason');
  const availableDelta = onHandDelta - reservedDelta;

  let level = await applyChange(tx, change, onHandDelta, reservedDelta);
  if (!level) {
    await createLevelOrRefuse(tx, change, onHandDelta, reservedDelta);
    level = await applyChange(tx, change, onHandDelta, reservedDelta);
  }
  if (!level) throw new Error('A stock level was created but could not be updated');

  if (onHandDelta !== 0 && change.reason) {
    await tx.inventoryTransaction.create({
      data: {
        tenantId: change.tenantId,
        variantId: change.variantId,
        locationId: change.locationId,
        delta: onHandDelta,
        balanceAfter: level.onHand,
        reason: change.reason,
        referenceType: change.referenceType ?? null,
        referenceId: change.referenceId ?? null,
        note: change.note ?? null,
        actorId: change.actorId ?? null,
      },
    });
  }

  const available = level.onHand - level.reserved;
  const before = available - availableDelta;
  const threshold = level.lowStockThreshold;
  if (threshold !== null && before > threshold && available <= threshold) {
    await emitDomainEvent(tx, change.tenantId, 'inventory.low_stock', {
      variantId: change.variantId,
      locationId: change.locationId,
      available,
      threshold,
    });
  }
  return { onHand: level.onHand, reserved: level.reserved, available };
}

/** The conditional UPDATE: no row comes back when the level is missing or the change would oversell. */
async function applyChange(
  tx: TenantTransaction,
  change: StockChange,
  onHandDelta: number,
  reservedDelta: number,
): Promise<LevelRow | undefined> {
  const availableDelta = onHandDelta - reservedDelta;
  const updated = await tx.$queryRaw<LevelRow[]>`
    UPDATE "InventoryLevel" AS l
       SET "onHand" = l."onHand" + ${onHandDelta}, "reserved" = l."reserved" + ${reservedDelta},
           "updatedAt" = now()
      FROM "ProductVariant" AS v
     WHERE l."tenantId" = ${change.tenantId} AND l."variantId" = ${change.variantId}
       AND l."locationId" = ${change.locationId}
       AND v."id" = l."variantId" AND v."tenantId" = l."tenantId"
       AND l."onHand" + ${onHandDelta} >= 0 AND l."reserved" + ${reservedDelta} >= 0
       AND (${availableDelta}::int >= 0
            OR (l."onHand" + ${onHandDelta}) - (l."reserved" + ${reservedDelta}) >= 0)
    RETURNING l."onHand", l."reserved", v."lowStockThreshold"`;
  return updated[0];
}

/**
 * No row matched: either the level does not exist yet (create it empty so the update can receive
 * into it) or the change would oversell. Concurrent first receipts at a location all land: the
 * insert skips a row another transaction created, waiting for it to commit first.
 */
async function createLevelOrRefuse(
  tx: TenantTransaction,
  change: StockChange,
  onHandDelta: number,
  reservedDelta: number,
): Promise<void> {
  const isReceipt = onHandDelta >= 0 && reservedDelta === 0;
  const existing = await tx.inventoryLevel.findFirst({
    where: { variantId: change.variantId, locationId: change.locationId },
    select: { onHand: true, reserved: true },
  });
  if (existing) {
    // A receipt always fits an existing level: it was created since the update looked.
    if (isReceipt) return;
    const available = existing.onHand - existing.reserved;
    throw new DomainError(
      'CONFLICT',
      available > 0 ? `Only ${available} left in stock` : 'Out of stock',
      { variantId: change.variantId, available },
    );
  }
  const variant = await tx.productVariant.findFirst({
    where: { id: change.variantId },
    select: { id: true },
  });
  const location = await tx.inventoryLocation.findFirst({
    where: { id: change.locationId },
    select: { id: true },
  });
  if (!variant) throw new DomainError('NOT_FOUND', 'Variant not found');
  if (!location) throw new DomainError('NOT_FOUND', 'Location not found');
  if (!isReceipt) {
    throw new DomainError('CONFLICT', 'Out of stock', {
      variantId: change.variantId,
      available: 0,
    });
  }
  await tx.inventoryLevel.createMany({
    data: [
      { tenantId: change.tenantId, variantId: change.variantId, locationId: change.locationId },
    ],
    skipDuplicates: true,
  });
}
