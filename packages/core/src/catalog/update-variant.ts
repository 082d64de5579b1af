import type { TenantClient } from '@storeloom/db';
import type { UpdateVariantInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors/domain-error.ts';
import { countVariantStock } from './count-variant-stock.ts';
import { assertCompareAtAbovePrice, assertSkusAvailable } from './variant-rules.ts';

const editable = [
  'price',
  'compareAtPrice',
  'costPrice',
  'sku',
  'barcode',
  'weightGrams',
  'trackInventory',
  'allowBackorder',
  'lowStockThreshold',
] as const;

/** Edits one variant's prices, SKU, shipping and stock settings, and its counted stock. */
export async function updateVariant({
  db,
  tenantId,
  actor,
  variantId,
  stock = [],
  ...fields
}: { db: TenantClient; tenantId: string; actor: Actor } & UpdateVariantInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.productVariant.findFirst({
      where: { id: variantId },
      select: {
        id: true,
        title: true,
        product: { select: { title: true } },
        price: true,
        compareAtPrice: true,
        costPrice: true,
        sku: true,
        barcode: true,
        weightGrams: true,
        trackInventory: true,
        allowBackorder: true,
        lowStockThreshold: true,
      },
    });
    if (!before) throw notFound('Variant');
    const after = {
      ...before,
      price: fields.price ?? before.price,
      compareAtPrice: pick(fields.compareAtPrice, before.compareAtPrice),
      costPrice: pick(fields.costPrice, before.costPrice),
      sku: fields.sku ?? before.sku,
      barcode: pick(fields.barcode, before.barcode) || null,
      weightGrams: fields.weightGrams ?? before.weightGrams,
      trackInventory: fields.trackInventory ?? before.trackInventory,
      allowBackorder: fields.allowBackorder ?? before.allowBackorder,
      lowStockThreshold: pick(fields.lowStockThreshold, before.lowStockThreshold),
    };
    assertCompareAtAbovePrice({ ...after, label: `${before.product.title} (${before.title})` });
    if (fields.sku !== undefined && fields.sku !== before.sku) {
      await assertSkusAvailable(tx, [fields.sku], [variantId]);
    }
    const changed = editable.filter((key) => after[key] !== before[key]);
    if (changed.length > 0) {
      await tx.productVariant.update({
        where: { id: variantId },
        data: Object.fromEntries(changed.map((key) => [key, after[key]])),
      });
    }
    const stockChanges = [];
    for (const entry of stock) {
      const change = await countVariantStock(tx, {
        tenantId,
        variant: { id: variantId, sku: after.sku },
        locationId: entry.locationId,
        onHand: entry.onHand,
        actorId: actor.id,
      });
      if (change.before !== change.after) stockChanges.push(change);
    }
    if (changed.length > 0 || stockChanges.length > 0) {
      await recordAudit(tx, {
        tenantId,
        actor,
        action: 'product.variant.update',
        targetType: 'ProductVariant',
        targetId: variantId,
        before: {
          ...Object.fromEntries(changed.map((key) => [key, before[key]])),
          ...(stockChanges.length > 0
            ? { stock: stockChanges.map((c) => ({ locationId: c.locationId, onHand: c.before })) }
            : {}),
        },
        after: {
          ...Object.fromEntries(changed.map((key) => [key, after[key]])),
          ...(stockChanges.length > 0
            ? { stock: stockChanges.map((c) => ({ locationId: c.locationId, onHand: c.after })) }
            : {}),
        },
      });
    }
    const { product: _product, ...variant } = after;
    return variant;
  });
}

/** For nullable fields: undefined keeps the current value, null clears it. */
function pick<T>(given: T | null | undefined, current: T | null): T | null {
  return given === undefined ? current : given;
}
