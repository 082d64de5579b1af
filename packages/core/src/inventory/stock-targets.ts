import type { TenantTransaction } from '@storeloom/db';

import { DomainError, notFound } from '../errors/domain-error.ts';
import { variantLabel } from './variant-label.ts';

export interface StockVariant {
  id: string;
  sku: string;
  label: string;
  lowStockThreshold: number | null;
}

export interface StockLocation {
  id: string;
  name: string;
  code: string;
  isDefault: boolean;
  isActive: boolean;
}

export interface LevelSnapshot {
  onHand: number;
  reserved: number;
  available: number;
}

/** The variant a merchant stock operation names; another store's variant is simply not found. */
export async function findStockVariant(
  tx: TenantTransaction,
  variantId: string,
): Promise<StockVariant> {
  const variant = await tx.productVariant.findFirst({
    where: { id: variantId },
    select: {
      id: true,
      sku: true,
      title: true,
      lowStockThreshold: true,
      product: { select: { title: true } },
    },
  });
  if (!variant) throw new DomainError('NOT_FOUND', 'Product variant not found');
  return {
    id: variant.id,
    sku: variant.sku,
    label: variantLabel(variant.product.title, variant.title),
    lowStockThreshold: variant.lowStockThreshold,
  };
}

/**
 * An active location whose stock is about to change. The share lock makes deactivation wait for
 * stock writes in flight (and the other way round), so a location can never be switched off
 * while units are arriving at it.
 */
export async function lockActiveLocation(
  tx: TenantTransaction,
  tenantId: string,
  locationId: string,
): Promise<StockLocation> {
  const [location] = await tx.$queryRaw<StockLocation[]>`
    SELECT "id", "name", "code", "isDefault", "isActive" FROM "InventoryLocation"
     WHERE "tenantId" = ${tenantId} AND "id" = ${locationId}
       FOR SHARE`;
  if (!location) throw notFound('Location');
  if (!location.isActive) {
    throw new DomainError(
      'CONFLICT',
      `${location.name} is inactive; reactivate it before changing its stock`,
    );
  }
  return location;
}

/** Current stock of a variant at a location; a level that does not exist yet holds nothing. */
export async function readLevel(
  tx: TenantTransaction,
  variantId: string,
  locationId: string,
): Promise<LevelSnapshot> {
  const level = await tx.inventoryLevel.findFirst({
    where: { variantId, locationId },
    select: { onHand: true, reserved: true },
  });
  const onHand = level?.onHand ?? 0;
  const reserved = level?.reserved ?? 0;
  return { onHand, reserved, available: onHand - reserved };
}

/** "Cannot remove 8 of Linen Shirt (M) at Main: only 5 are available (3 more are reserved)". */
export function notEnoughStock(
  verb: string,
  quantity: number,
  variant: StockVariant,
  location: StockLocation,
  level: LevelSnapshot,
): DomainError {
  const held = level.reserved > 0 ? ` (${level.reserved} more reserved for checkouts)` : '';
  const available = Math.max(0, level.available);
  return new DomainError(
    'CONFLICT',
    `Cannot ${verb} ${quantity} of ${variant.label} at ${location.name}: only ${available} available${held}`,
    { variantId: variant.id, locationId: location.id, available },
  );
}
