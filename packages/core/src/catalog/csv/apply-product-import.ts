import type { TenantTransaction } from '@storeloom/db';

import { insertVariants } from '../insert-variants.ts';
import { countVariantStock } from '../count-variant-stock.ts';
import { replaceProductCategories } from '../set-product-categories.ts';
import { linkVariantOptionValues, syncProductOptions } from '../sync-product-options.ts';
import type { ExistingProduct, ImportTargets } from './load-import-targets.ts';
import type { PlannedProduct } from './plan-product-import.ts';

interface ApplyContext {
  tenantId: string;
  actorId: string | null;
  currency: string;
  targets: ImportTargets;
}

/**
 * Writes a checked import: each product is created or brought to what the file says (fields,
 * categories, options, variants matched by SKU), and counted stock is set at the default
 * location. Only what differs is written, so importing an unchanged export changes nothing.
 * Runs inside the caller's transaction: a failure anywhere leaves nothing half-imported.
 */
export async function applyProductImport(
  tx: TenantTransaction,
  products: readonly PlannedProduct[],
  context: ApplyContext,
): Promise<{ created: string[]; updated: string[] }> {
  const created: string[] = [];
  const updated: string[] = [];
  for (const plan of products) {
    const existing = context.targets.productsByHandle.get(plan.handle);
    if (existing) {
      await updateFromPlan(tx, existing, plan, context);
      updated.push(existing.id);
    } else {
      created.push(await createFromPlan(tx, plan, context));
    }
  }
  return { created, updated };
}

function categoryIdsOf(plan: PlannedProduct, context: ApplyContext): string[] {
  return plan.categorySlugs.flatMap((slug) => context.targets.categoryIdBySlug.get(slug) ?? []);
}

async function createFromPlan(
  tx: TenantTransaction,
  plan: PlannedProduct,
  context: ApplyContext,
): Promise<string> {
  const { tenantId } = context;
  const status = plan.status ?? 'draft';
  const product = await tx.product.create({
    data: {
      tenantId,
      title: plan.title,
      slug: plan.handle,
      status,
      vendor: plan.vendor,
      productType: plan.productType,
      tags: plan.tags,
      publishedAt: status === 'active' ? new Date() : null,
    },
    select: { id: true },
  });
  await replaceProductCategories(tx, {
    tenantId,
    productId: product.id,
    categoryIds: categoryIdsOf(plan, context),
  });
  const valueIds = await syncProductOptions(tx, {
    tenantId,
    productId: product.id,
    wanted: plan.options,
    existing: [],
  });
  const variantIds = await insertVariants(tx, {
    tenantId,
    productId: product.id,
    currency: context.currency,
    variants: plan.variants.map((variant, position) => ({
      title: variant.title,
      sku: variant.sku,
      price: variant.price,
      compareAtPrice: variant.compareAtPrice,
      costPrice: variant.costPrice,
      weightGrams: variant.weightGrams,
      barcode: variant.barcode,
      position,
      optionValueIds: variant.values.flatMap((value, i) => valueIds[i]?.get(value) ?? []),
    })),
  });
  for (const [index, variant] of plan.variants.entries()) {
    const variantId = variantIds[index];
    if (variant.stock !== null && variantId) {
      await countStock(tx, context, { id: variantId, sku: variant.sku }, variant.stock);
    }
  }
  return product.id;
}

async function updateFromPlan(
  tx: TenantTransaction,
  existing: ExistingProduct,
  plan: PlannedProduct,
  context: ApplyContext,
): Promise<void> {
  const { tenantId } = context;
  const fields = {
    title: plan.title,
    status: plan.status ?? existing.status,
    vendor: plan.vendor,
    productType: plan.productType,
    tags: plan.tags,
  };
  if (JSON.stringify(fields) !== JSON.stringify(pickFields(existing))) {
    const activating = fields.status === 'active' && existing.status !== 'active';
    await tx.product.update({
      where: { id: existing.id },
      data: { ...fields, ...(activating ? { publishedAt: new Date() } : {}) },
    });
  }
  const categoryIds = categoryIdsOf(plan, context);
  if ([...categoryIds].sort().join() !== [...existing.categoryIds].sort().join()) {
    await replaceProductCategories(tx, { tenantId, productId: existing.id, categoryIds });
  }

  const inFile = new Set(plan.variants.map((v) => v.sku));
  const dropped = existing.variants.filter((v) => !inFile.has(v.sku)).map((v) => v.id);
  if (dropped.length > 0) await tx.productVariant.deleteMany({ where: { id: { in: dropped } } });

  const sameOptions =
    JSON.stringify(plan.options) ===
    JSON.stringify(
      existing.options.map((o) => ({ name: o.name, values: o.values.map((v) => v.value) })),
    );
  const valueIds = sameOptions
    ? existing.options.map((o) => new Map(o.values.map((v) => [v.value, v.id])))
    : await syncProductOptions(tx, {
        tenantId,
        productId: existing.id,
        wanted: plan.options,
        existing: existing.options,
      });

  const bySku = new Map(existing.variants.map((v) => [v.sku, v]));
  const fresh = [];
  for (const [position, variant] of plan.variants.entries()) {
    const optionValueIds = variant.values.flatMap((value, i) => valueIds[i]?.get(value) ?? []);
    const current = bySku.get(variant.sku);
    if (!current) {
      fresh.push({ ...variant, position, optionValueIds });
      continue;
    }
    const wanted = {
      title: variant.title,
      position,
      price: variant.price,
      compareAtPrice: variant.compareAtPrice,
      costPrice: variant.costPrice,
      weightGrams: variant.weightGrams,
      barcode: variant.barcode,
    };
    const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).some(
      (key) => wanted[key] !== current[key],
    );
    if (changed) await tx.productVariant.update({ where: { id: current.id }, data: wanted });
    if ([...optionValueIds].sort().join() !== [...current.optionValueIds].sort().join()) {
      await linkVariantOptionValues(tx, tenantId, current.id, optionValueIds);
    }
    if (variant.stock !== null) await countStock(tx, context, current, variant.stock);
  }
  const freshIds = await insertVariants(tx, {
    tenantId,
    productId: existing.id,
    currency: context.currency,
    variants: fresh.map(({ row: _row, values: _values, stock: _stock, ...variant }) => variant),
  });
  for (const [index, variant] of fresh.entries()) {
    const variantId = freshIds[index];
    if (variant.stock !== null && variantId) {
      await countStock(tx, context, { id: variantId, sku: variant.sku }, variant.stock);
    }
  }
}

function pickFields(product: ExistingProduct) {
  return {
    title: product.title,
    status: product.status,
    vendor: product.vendor,
    productType: product.productType,
    tags: product.tags,
  };
}

async function countStock(
  tx: TenantTransaction,
  context: ApplyContext,
  variant: { id: string; sku: string },
  onHand: number,
): Promise<void> {
  if (!context.targets.defaultLocationId) return;
  await countVariantStock(tx, {
    tenantId: context.tenantId,
    variant,
    locationId: context.targets.defaultLocationId,
    onHand,
    actorId: context.actorId,
  });
}
