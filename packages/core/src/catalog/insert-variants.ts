import type { TenantTransaction } from '@storeloom/db';

export interface NewVariant {
  title: string;
  sku: string;
  price: number;
  compareAtPrice: number | null;
  costPrice: number | null;
  weightGrams: number;
  barcode: string | null;
  position: number;
  optionValueIds: readonly string[];
}

/** Creates variants with their option-value links; returns their ids in the given order. */
export async function insertVariants(
  tx: TenantTransaction,
  {
    tenantId,
    productId,
    currency,
    variants,
  }: { tenantId: string; productId: string; currency: string; variants: readonly NewVariant[] },
): Promise<string[]> {
  if (variants.length === 0) return [];
  const created = await tx.productVariant.createManyAndReturn({
    data: variants.map(({ optionValueIds: _links, ...variant }) => ({
      ...variant,
      tenantId,
      productId,
      currency,
    })),
    select: { id: true, sku: true },
  });
  const idBySku = new Map(created.map((row) => [row.sku, row.id]));
  const rows = variants.map((variant) => {
    const id = idBySku.get(variant.sku);
    if (!id) throw new Error(`Variant ${variant.sku} was not created`);
    return { id, optionValueIds: variant.optionValueIds };
  });
  await tx.variantOptionValue.createMany({
    data: rows.flatMap((row) =>
      row.optionValueIds.map((optionValueId) => ({ tenantId, variantId: row.id, optionValueId })),
    ),
  });
  return rows.map((row) => row.id);
}
