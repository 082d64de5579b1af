import type { TenantTransaction } from '@storeloom/db';

import { DomainError } from '../errors/domain-error.ts';
import { changeStockLevel } from './change-stock-level.ts';
import { listStockingLocations } from './stocking-locations.ts';
import { mergeStockLines, type StockLine } from './stock-lines.ts';

export interface RestockItemsInput {
  tenantId: string;
  items: readonly StockLine[];
  reason: 'return' | 'adjustment';
  referenceType: string;
  referenceId: string;
  actorId: string | null;
  /** Where the units go back; the store's default location (or first active one) if omitted. */
  locationId?: string;
}

/**
 * Puts units back on hand (a received return, a cancelled paid order), one ledger entry per
 * variant referencing what caused it. Variants that do not track inventory are skipped.
 */
export async function restockItems(tx: TenantTransaction, input: RestockItemsInput): Promise<void> {
  const items = mergeStockLines(input.items);
  if (items.length === 0) return;
  const variants = await tx.productVariant.findMany({
    where: { id: { in: items.map((item) => item.variantId) } },
    select: { id: true, trackInventory: true },
  });
  const tracked = items.filter((item) => {
    const variant = variants.find((candidate) => candidate.id === item.variantId);
    if (!variant) {
      throw new DomainError('NOT_FOUND', 'Product variant not found', {
        variantId: item.variantId,
      });
    }
    return variant.trackInventory;
  });
  if (tracked.length === 0) return;
  const locationId = await restockLocationId(tx, input.locationId);
  for (const item of tracked) {
    await changeStockLevel(tx, {
      tenantId: input.tenantId,
      variantId: item.variantId,
      locationId,
      onHandDelta: item.quantity,
      reason: input.reason,
      referenceType: input.referenceType,
      referenceId: input.referenceId,
      actorId: input.actorId,
    });
  }
}

async function restockLocationId(tx: TenantTransaction, locationId?: string): Promise<string> {
  if (locationId) {
    const location = await tx.inventoryLocation.findFirst({
      where: { id: locationId },
      select: { id: true, name: true, isActive: true },
    });
    if (!location) throw new DomainError('NOT_FOUND', 'Location not found');
    if (!location.isActive) {
      throw new DomainError('CONFLICT', `${location.name} is not active; restock somewhere else`);
    }
    return location.id;
  }
  const [first] = await listStockingLocations(tx);
  if (!first) {
    throw new DomainError('PRECONDITION_FAILED', 'The store has no active location to restock');
  }
  return first.id;
}
