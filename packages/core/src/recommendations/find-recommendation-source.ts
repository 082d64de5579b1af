import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

/** The product recommendations are for: what related products are matched on. */
export interface RecommendationSource {
  id: string;
  tags: string[];
  /** Its deepest category (ties by name, as the product page orders them); null without one. */
  categoryId: string | null;
}

/**
 * An active product of the store by id or slug (both, when given, must name the same one).
 * Drafts, archived products, unknown ones and other stores' are all NOT_FOUND.
 */
export async function findRecommendationSource({
  db,
  productId,
  slug,
}: {
  db: TenantClient;
  productId?: string;
  slug?: string;
}): Promise<RecommendationSource> {
  if (productId === undefined && slug === undefined) throw notFound('Product');
  const product = await db.product.findFirst({
    where: {
      status: 'active',
      ...(productId === undefined ? {} : { id: productId }),
      ...(slug === undefined ? {} : { slug }),
    },
    select: {
      id: true,
      tags: true,
      categories: { select: { category: { select: { id: true, depth: true, name: true } } } },
    },
  });
  if (!product) throw notFound('Product');
  const [deepest] = product.categories
    .map(({ category }) => category)
    .sort((a, b) => b.depth - a.depth || a.name.localeCompare(b.name));
  return { id: product.id, tags: product.tags, categoryId: deepest?.id ?? null };
}
