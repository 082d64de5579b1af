import type { TenantTransaction } from '@storeloom/db';

import { DomainError, isDomainError } from '../../errors/domain-error.ts';
import { changeStockLevel } from '../change-stock-level.ts';
import { listStockingLocations, type StockingLocation } from '../stocking-locations.ts';
import { mergeStockLines, type StockLine } from '../stock-lines.ts';
import { variantLabel } from '../variant-label.ts';

export interface ReserveStockInput {
  tenantId: string;
  lines: readonly StockLine[];
  orderId?: string | null;
  cartId?: string | null;
  expiresAt: Date;
}

interface LevelSnapshot {
  variantId: string;
  locationId: string;
  onHand: number;
  reserved: number;
}

/**
 * Holds stock for a checkout. Each line is taken whole from the first stocking location that can
 * cover it (default first, then by code); lines are never split across locations. A line that
 * cannot be covered throws CONFLICT and the caller's transaction rolls back, so either every line
 * is reserved or none is. Variants that do not track inventory are not reserved; variants that
 * allow backorders are reserved where stock exists and otherwise sold without a reservation.
 */
export async function reserveStock(tx: TenantTransaction, input: ReserveStockInput): Promise<void> {
  const lines = mergeStockLines(input.lines);
  if (lines.length === 0) return;
  const variants = await tx.productVariant.findMany({
    where: { id: { in: lines.map((line) => line.variantId) } },
    select: {
      id: true,
      title: true,
      trackInventory: true,
      allowBackorder: true,
      product: { select: { title: true } },
    },
  });
  const tracked = lines.flatMap((line) => {
    const variant = variants.find((candidate) => candidate.id === line.variantId);
    if (!variant) {
      throw new DomainError('NOT_FOUND', 'Product variant not found', {
        variantId: line.variantId,
      });
    }
    return variant.trackInventory ? [{ line, variant }] : [];
  });
  if (tracked.length === 0) return;

  const locations = await listStockingLocations(tx);
  const levels = await readLevels(
    tx,
    tracked.map(({ line }) => line),
    locations,
  );
  const reservations = [];
  for (const { line, variant } of tracked) {
    const locationId = await reserveFromFirstCoveringLocation(
      tx,
      input.tenantId,
      line,
      locations,
      levels,
    );
    if (locationId) {
      reservations.push({ ...line, locationId });
    } else if (!variant.allowBackorder) {
      const available = await bestAvailable(tx, line.variantId, locations);
      const label = variantLabel(variant.product.title, variant.title);
      throw new DomainError(
        'CONFLICT',
        available > 0 ? `Only ${available} left of ${label}` : `${label} is out of stock`,
        { variantId: line.variantId, available },
      );
    }
  }
  if (reservations.length === 0) return;
  await tx.inventoryReservation.createMany({
    data: reservations.map((reservation) => ({
      tenantId: input.tenantId,
      variantId: reservation.variantId,
      locationId: reservation.locationId,
      quantity: reservation.quantity,
      orderId: input.orderId ?? null,
      cartId: input.cartId ?? null,
      expiresAt: input.expiresAt,
    })),
  });
}

async function readLevels(
  tx: TenantTransaction,
  lines: readonly StockLine[],
  locations: readonly StockingLocation[],
): Promise<LevelSnapshot[]> {
  return tx.inventoryLevel.findMany({
    where: {
      variantId: { in: lines.map((line) => line.variantId) },
      locationId: { in: locations.map((location) => location.id) },
    },
    select: { variantId: true, locationId: true, onHand: true, reserved: true },
  });
}

/**
 * The snapshot only picks candidates; the conditional update in changeStockLevel decides. When a
 * concurrent checkout took the stock first, the next candidate location is tried.
 */
async function reserveFromFirstCoveringLocation(
  tx: TenantTransaction,
  tenantId: string,
  line: StockLine,
  locations: readonly StockingLocation[],
  levels: readonly LevelSnapshot[],
): Promise<string | null> {
  for (const location of locations) {
    const level = levels.find(
      (candidate) => candidate.variantId === line.variantId && candidate.locationId === location.id,
    );
    if (!level || level.onHand - level.reserved < line.quantity) continue;
    try {
      await changeStockLevel(tx, {
        tenantId,
        variantId: line.variantId,
        locationId: location.id,
        reservedDelta: line.quantity,
      });
      return location.id;
    } catch (error) {
      if (isDomainError(error) && error.code === 'CONFLICT') continue;
      throw error;
    }
  }
  return null;
}

/** What a shopper could still buy of the variant in one piece, for the refusal message. */
async function bestAvailable(
  tx: TenantTransaction,
  variantId: string,
  locations: readonly StockingLocation[],
): Promise<number> {
  const levels = await tx.inventoryLevel.findMany({
    where: { variantId, locationId: { in: locations.map((location) => location.id) } },
    select: { onHand: true, reserved: true },
  });
  return Math.max(0, ...levels.map((level) => level.onHand - level.reserved));
}
