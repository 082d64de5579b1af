import type { TenantTransaction } from '@storeloom/db';

import { badRequest, conflict } from '../errors/domain-error.ts';
import { combinationKey, generatedSku, uniqueSkus } from './variant-matrix.ts';

/** A compare-at price is the "was" price: shown struck through, so it must be above the price. */
export function assertCompareAtAbovePrice(variant: {
  label: string;
  price: number;
  compareAtPrice: number | null | undefined;
}): void {
  if (variant.compareAtPrice != null && variant.compareAtPrice <= variant.price) {
    throw badRequest(
      `The compare-at price of ${variant.label} must be higher than its price, or left empty`,
      { field: 'compareAtPrice' },
    );
  }
}

/** SKUs are unique per store: refuses a SKU used twice in `skus` or by a variant not in `own`. */
export async function assertSkusAvailable(
  tx: Pick<TenantTransaction, 'productVariant'>,
  skus: readonly string[],
  ownVariantIds: readonly string[] = [],
): Promise<void> {
  const seen = new Set<string>();
  for (const sku of skus) {
    if (seen.has(sku)) throw conflict(`The SKU ${sku} is used by more than one variant`);
    seen.add(sku);
  }
  if (skus.length === 0) return;
  const taken = await tx.productVariant.findFirst({
    where: { sku: { in: [...skus] }, id: { notIn: [...ownVariantIds] } },
    select: { sku: true },
  });
  if (taken) throw conflict(`The SKU ${taken.sku} is already used by another variant`);
}

/**
 * SKUs for generated variants (handle + option values), made unique against the store's SKUs
 * and `alsoTaken` (SKUs typed for other variants in the same request). Keyed by combination.
 */
export async function allocateGeneratedSkus(
  tx: Pick<TenantTransaction, 'productVariant'>,
  handle: string,
  combinations: readonly (readonly string[])[],
  alsoTaken: Iterable<string> = [],
): Promise<Map<string, string>> {
  if (combinations.length === 0) return new Map();
  const wanted = combinations.map((values) => generatedSku(handle, values));
  const existing = await tx.productVariant.findMany({
    where: { sku: { startsWith: generatedSku(handle, []), mode: 'insensitive' } },
    select: { sku: true },
  });
  const skus = uniqueSkus(wanted, new Set([...existing.map((v) => v.sku), ...alsoTaken]));
  return new Map(combinations.map((values, i) => [combinationKey(values), skus[i] ?? '']));
}
