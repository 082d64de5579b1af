import type { TenantTransaction } from '@storeloom/db';
import type { ProductSelection } from '@storeloom/validators';

import { notFound } from '../errors/domain-error.ts';
import { productFilterWhere } from './product-filter.ts';

/**
 * The ids a bulk action applies to: the listed products (each must be the store's), those
 * matching the filter, or, with both, the listed products that match the filter.
 */
export async function selectProductIds(
  tx: TenantTransaction,
  selection: ProductSelection,
): Promise<string[]> {
  const listed = selection.productIds ? [...new Set(selection.productIds)] : undefined;
  if (listed) {
    const found = await tx.product.count({ where: { id: { in: listed } } });
    if (found !== listed.length) throw notFound('Product');
  }
  const filtered = selection.filter ? await productFilterWhere(tx, selection.filter) : {};
  const rows = await tx.product.findMany({
    where: { AND: [filtered, listed ? { id: { in: listed } } : {}] },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
