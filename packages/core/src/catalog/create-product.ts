import type { TenantClient } from '@storeloom/db';
import type { createProductInputSchema } from '@storeloom/validators';
import type { z } from 'zod';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest } from '../errors/domain-error.ts';
import { requireCategories, storeCurrency } from './catalog-lookups.ts';
import { loadProductDetail } from './get-product.ts';
import { insertVariants, type NewVariant } from './insert-variants.ts';
import { pickHandle } from './pick-handle.ts';
import { replaceProductCategories } from './set-product-categories.ts';
import { syncProductOptions } from './sync-product-options.ts';
import {
  combinationKey,
  generatedSku,
  variantCombinations,
  variantTitle,
} from './variant-matrix.ts';
import {
  allocateGeneratedSkus,
  assertCompareAtAbovePrice,
  assertSkusAvailable,
} from './variant-rules.ts';

export type CreateProductFields = z.output<typeof createProductInputSchema>;

/**
 * Creates a product with its full variant matrix: one variant per combination of option values
 * (one "Default" variant without options), priced from `defaults` unless a variant override says
 * otherwise, with SKUs from the handle and values unless given.
 */
export async function createProduct({
  db,
  tenantId,
  actor,
  ...input
}: { db: TenantClient; tenantId: string; actor: Actor } & CreateProductFields) {
  return db.$transaction(async (tx) => {
    const categories = await requireCategories(tx, input.categoryIds ?? []);
    const currency = await storeCurrency(tx, tenantId);
    const slug = await pickHandle({
      explicit: input.slug,
      text: input.title,
      fallback: 'product',
      isTaken: async (handle) => (await tx.product.count({ where: { slug: handle } })) > 0,
    });

    const options = input.options ?? [];
    const combinations = variantCombinations(options);
    const overrides = new Map<string, NonNullable<CreateProductFields['variants']>[number]>();
    const known = new Set(combinations.map(combinationKey));
    for (const override of input.variants ?? []) {
      const key = combinationKey(override.optionValues);
      if (!known.has(key) || overrides.has(key)) {
        throw badRequest(
          `${variantTitle(override.optionValues)} is not one of the product's variants, or is listed twice`,
        );
      }
      overrides.set(key, override);
    }
    const typedSkus = [...overrides.values()].flatMap((o) => (o.sku ? [o.sku] : []));
    await assertSkusAvailable(tx, typedSkus);
    const needSku = combinations.filter((values) => !overrides.get(combinationKey(values))?.sku);
    const generated = await allocateGeneratedSkus(tx, slug, needSku, typedSkus);

    const defaults = input.defaults ?? {};
    const planned = combinations.map((values, position) => {
      const key = combinationKey(values);
      const override = overrides.get(key);
      const title = variantTitle(values);
      const variant = {
        title,
        sku: override?.sku ?? generated.get(key) ?? generatedSku(slug, values),
        price: override?.price ?? defaults.price ?? 0,
        compareAtPrice: override?.compareAtPrice ?? defaults.compareAtPrice ?? null,
        costPrice: override?.costPrice ?? defaults.costPrice ?? null,
        weightGrams: override?.weightGrams ?? defaults.weightGrams ?? 0,
        barcode: override?.barcode ?? null,
        position,
      };
      assertCompareAtAbovePrice({ ...variant, label: `${input.title} (${title})` });
      return { variant, values };
    });

    const product = await tx.product.create({
      data: {
        tenantId,
        title: input.title,
        slug,
        descriptionHtml: input.descriptionHtml ?? '',
        status: input.status,
        vendor: input.vendor || null,
        productType: input.productType || null,
        tags: input.tags ?? [],
        seoTitle: input.seoTitle || null,
        seoDescription: input.seoDescription || null,
        publishedAt: input.status === 'active' ? new Date() : null,
      },
      select: { id: true },
    });
    await replaceProductCategories(tx, {
      tenantId,
      productId: product.id,
      categoryIds: categories.map((c) => c.id),
    });
    const valueIds = await syncProductOptions(tx, {
      tenantId,
      productId: product.id,
      wanted: options,
      existing: [],
    });
    const variants: NewVariant[] = planned.map(({ variant, values }) => ({
      ...variant,
      optionValueIds: values.flatMap((value, index) => valueIds[index]?.get(value) ?? []),
    }));
    await insertVariants(tx, { tenantId, productId: product.id, currency, variants });

    const detail = await loadProductDetail(tx, product.id);
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'product.create',
      targetType: 'Product',
      targetId: product.id,
      after: {
        title: detail.title,
        slug: detail.slug,
        status: detail.status,
        categoryIds: detail.categories.map((c) => c.id),
        options: detail.options.map((o) => ({
          name: o.name,
          values: o.values.map((v) => v.value),
        })),
        variants: detail.variants.map((v) => ({ sku: v.sku, price: v.price })),
      },
    });
    return detail;
  });
}
