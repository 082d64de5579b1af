import type { TenantTransaction } from '@storeloom/db';

import { conflict, notFound } from '../errors/domain-error.ts';

/** Every product and category a discount is scoped to must be the store's own. */
export async function assertDiscountTargetsExist(
  tx: TenantTransaction,
  { productIds, categoryIds }: { productIds: readonly string[]; categoryIds: readonly string[] },
): Promise<void> {
  const uniqueProducts = [...new Set(productIds)];
  const uniqueCategories = [...new Set(categoryIds)];
  if (uniqueProducts.length > 0) {
    const found = await tx.product.count({ where: { id: { in: uniqueProducts } } });
    if (found !== uniqueProducts.length) throw notFound('Product');
  }
  if (uniqueCategories.length > 0) {
    const found = await tx.category.count({ where: { id: { in: uniqueCategories } } });
    if (found !== uniqueCategories.length) throw notFound('Category');
  }
}

/** Replaces the scope rows of a discount with the given products and categories. */
export async function replaceDiscountTargets(
  tx: TenantTransaction,
  {
    tenantId,
    discountId,
    productIds,
    categoryIds,
  }: {
    tenantId: string;
    discountId: string;
    productIds: readonly string[];
    categoryIds: readonly string[];
  },
): Promise<void> {
  await tx.discountProduct.deleteMany({ where: { discountId } });
  await tx.discountCategory.deleteMany({ where: { discountId } });
  await tx.discountProduct.createMany({
    data: [...new Set(productIds)].map((productId) => ({ tenantId, discountId, productId })),
  });
  await tx.discountCategory.createMany({
    data: [...new Set(categoryIds)].map((categoryId) => ({ tenantId, discountId, categoryId })),
  });
}

/** A code another discount of the store already uses is refused with a readable message. */
export async function assertCodeAvailable(
  tx: TenantTransaction,
  code: string | null,
  exceptDiscountId?: string,
): Promise<void> {
  if (!code) return;
  const taken = await tx.discount.findFirst({
    where: { code, ...(exceptDiscountId ? { id: { not: exceptDiscountId } } : {}) },
    select: { id: true },
  });
  if (taken) throw conflict(`The code ${code} is already in use`);
}
