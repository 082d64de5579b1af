import type { TenantClient } from '@storeloom/db';
import type { z } from 'zod';
import type { variantDefaultsSchema } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest, conflict } from '../errors/domain-error.ts';
import { requireProduct, storeCurrency } from './catalog-lookups.ts';
import { loadProductDetail } from './get-product.ts';
import { insertVariants } from './insert-variants.ts';
import {
  linkVariantOptionValues,
  loadProductOptions,
  matchOptions,
  type OptionSpec,
  syncProductOptions,
} from './sync-product-options.ts';
import {
  combinationKey,
  generatedSku,
  variantCombinations,
  variantTitle,
} from './variant-matrix.ts';
import { allocateGeneratedSkus, assertCompareAtAbovePrice } from './variant-rules.ts';

type VariantDefaults = z.output<typeof variantDefaultsSchema>;

/**
 * Replaces a product's options and regenerates its variant matrix. A variant whose combination
 * still exists keeps its id, prices, SKU and stock; an option added to the product gives every
 * existing variant its first value; combinations nobody had become new variants; variants whose
 * value was removed are deleted, which is refused while they still hold stock.
 */
export async function setProductOptions({
  db,
  tenantId,
  actor,
  productId,
  options,
  defaults = {},
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  productId: string;
  options: readonly OptionSpec[];
  defaults?: VariantDefaults | undefined;
}) {
  return db.$transaction(async (tx) => {
    const product = await requireProduct(tx, productId);
    const existing = await loadProductOptions(tx, productId);
    const matches = matchOptions(options, existing);
    const firstValues = options.map((option) => {
      const first = option.values[0];
      if (first === undefined) throw badRequest(`The option ${option.name} needs a value`);
      return first;
    });
    const variants = await tx.productVariant.findMany({
      where: { productId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        sku: true,
        title: true,
        position: true,
        price: true,
        compareAtPrice: true,
        costPrice: true,
        weightGrams: true,
        optionValues: {
          select: { optionValue: { select: { id: true, optionId: true, value: true } } },
        },
        inventoryLevels: { select: { onHand: true, reserved: true } },
      },
    });

    const kept = new Map<string, (typeof variants)[number]>();
    const removed: typeof variants = [];
    for (const variant of variants) {
      const valueOf = new Map(
        variant.optionValues.map(({ optionValue: v }) => [v.optionId, v.value]),
      );
      const values = options.map((option, i) => {
        const match = matches[i];
        const value = match ? valueOf.get(match.id) : undefined;
        return value ?? firstValues[i] ?? '';
      });
      const fits = values.every((value, i) => options[i]?.values.includes(value));
      const key = combinationKey(values);
      if (fits && !kept.has(key)) kept.set(key, variant);
      else removed.push(variant);
    }

    for (const variant of removed) {
      const onHand = variant.inventoryLevels.reduce((sum, l) => sum + l.onHand, 0);
      const reserved = variant.inventoryLevels.reduce((sum, l) => sum + l.reserved, 0);
      if (onHand > 0 || reserved > 0) {
        throw conflict(
          `${product.title} (${variant.title}, SKU ${variant.sku}) would be removed but still has ${onHand} units on hand; set its stock to 0 first`,
        );
      }
    }
    if (removed.length > 0) {
      await tx.productVariant.deleteMany({ where: { id: { in: removed.map((v) => v.id) } } });
    }

    const valueIds = await syncProductOptions(tx, {
      tenantId,
      productId,
      wanted: options,
      existing,
    });
    const idsOf = (values: readonly string[]) =>
      values.flatMap((value, i) => valueIds[i]?.get(value) ?? []);
    const combinations = variantCombinations(options);
    const template = kept.values().next().value ?? variants[0];

    for (const [position, values] of combinations.entries()) {
      const variant = kept.get(combinationKey(values));
      if (!variant) continue;
      const title = variantTitle(values);
      if (variant.title !== title || variant.position !== position) {
        await tx.productVariant.update({ where: { id: variant.id }, data: { title, position } });
      }
      const wantedIds = idsOf(values);
      const currentIds = variant.optionValues.map(({ optionValue }) => optionValue.id);
      if (combinationKey([...wantedIds].sort()) !== combinationKey([...currentIds].sort())) {
        await linkVariantOptionValues(tx, tenantId, variant.id, wantedIds);
      }
    }

    const missing = combinations
      .map((values, position) => ({ values, position }))
      .filter(({ values }) => !kept.has(combinationKey(values)));
    const skus = await allocateGeneratedSkus(
      tx,
      product.slug,
      missing.map((m) => m.values),
    );
    const price = defaults.price ?? template?.price ?? 0;
    const compareAtPrice =
      defaults.compareAtPrice !== undefined
        ? defaults.compareAtPrice
        : (template?.compareAtPrice ?? null);
    assertCompareAtAbovePrice({ label: `${product.title}'s new variants`, price, compareAtPrice });
    const created = await insertVariants(tx, {
      tenantId,
      productId,
      currency: await storeCurrency(tx, tenantId),
      variants: missing.map(({ values, position }) => ({
        title: variantTitle(values),
        sku: skus.get(combinationKey(values)) ?? generatedSku(product.slug, values),
        price,
        compareAtPrice,
        costPrice:
          defaults.costPrice !== undefined ? defaults.costPrice : (template?.costPrice ?? null),
        weightGrams: defaults.weightGrams ?? template?.weightGrams ?? 0,
        barcode: null,
        position,
        optionValueIds: idsOf(values),
      })),
    });

    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'product.options.update',
      targetType: 'Product',
      targetId: productId,
      before: {
        options: existing.map((o) => ({ name: o.name, values: o.values.map((v) => v.value) })),
        skus: variants.map((v) => v.sku),
      },
      after: {
        options: options.map((o) => ({ name: o.name, values: o.values })),
        removedSkus: removed.map((v) => v.sku),
        createdVariantIds: created,
      },
    });
    return loadProductDetail(tx, productId);
  });
}
