import type { TenantTransaction } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

/**
 * Reads that every catalogue operation starts with. Another store's row is simply not found: the
 * scoped client cannot see it.
 */
export async function requireProduct(tx: TenantTransaction, productId: string) {
  const product = await tx.product.findFirst({
    where: { id: productId },
    select: { id: true, title: true, slug: true, status: true, publishedAt: true },
  });
  if (!product) throw notFound('Product');
  return product;
}

export async function requireCategory(tx: TenantTransaction, categoryId: string) {
  const category = await tx.category.findFirst({
    where: { id: categoryId },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      parentId: true,
      path: true,
      depth: true,
      position: true,
    },
  });
  if (!category) throw notFound('Category');
  return category;
}

/** Every id must be one of the store's categories; unknown or foreign ids are "not found". */
export async function requireCategories(tx: TenantTransaction, categoryIds: readonly string[]) {
  const unique = [...new Set(categoryIds)];
  if (unique.length === 0) return [];
  const found = await tx.category.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true, slug: true },
  });
  if (found.length !== unique.length) throw notFound('Category');
  const byId = new Map(found.map((c) => [c.id, c]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}

/** The store's currency: new variants are priced in it and CSV amounts use its decimals. */
export async function storeCurrency(tx: TenantTransaction, tenantId: string): Promise<string> {
  const tenant = await tx.tenant.findFirst({ where: { id: tenantId }, select: { currency: true } });
  if (!tenant) throw notFound('Store');
  return tenant.currency;
}
