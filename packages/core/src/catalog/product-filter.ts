import type { Prisma, TenantTransaction } from '@storeloom/db';
import type { ProductFilter } from '@storeloom/validators';

import { requireCategory } from './catalog-lookups.ts';

/**
 * The Prisma filter for a product filter: status, a category with all its subcategories (one
 * prefix match on the materialised path), and a case-insensitive search in titles and SKUs.
 */
export async function productFilterWhere(
  tx: TenantTransaction,
  filter: ProductFilter,
): Promise<Prisma.ProductWhereInput> {
  const where: Prisma.ProductWhereInput[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.categoryId) {
    const category = await requireCategory(tx, filter.categoryId);
    where.push({ categories: { some: { category: { path: { startsWith: category.path } } } } });
  }
  const q = filter.q?.trim();
  if (q) {
    where.push({
      OR: [
        { title: { contains: q, mode: 'insensitive' } },
        { variants: { some: { sku: { contains: q, mode: 'insensitive' } } } },
      ],
    });
  }
  return { AND: where };
}
