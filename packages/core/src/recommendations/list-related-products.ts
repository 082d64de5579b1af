import { Prisma, type TenantClient } from '@storeloom/db';

import { findRecommendationSource } from './find-recommendation-source.ts';
import {
  recommendedProductCardsSql,
  type RecommendedProduct,
  type RecommendedProductRow,
  toRecommendedProduct,
} from './recommended-product-cards-sql.ts';

const { sql } = Prisma;

/**
 * Products like this one: active products in its deepest category or sharing a tag, never
 * itself. In-stock products come first, then those in the same category, then by how many tags
 * they share, then the newest. NOT_FOUND when the product itself is not on sale.
 */
export async function listRelatedProducts({
  db,
  tenantId: t,
  productId,
  slug,
  limit,
}: {
  db: TenantClient;
  tenantId: string;
  productId?: string;
  slug?: string;
  limit: number;
}): Promise<RecommendedProduct[]> {
  const source = await findRecommendationSource({ db, productId, slug });
  if (source.categoryId === null && source.tags.length === 0) return [];
  const candidates = sql`
    WITH peers AS (
      SELECT pc."productId" AS id FROM "ProductCategory" pc
       WHERE pc."tenantId" = ${t} AND pc."categoryId" = ${source.categoryId}::text
    )
    SELECT p.id, p."createdAt",
           p.id IN (SELECT id FROM peers) AS same_category,
           cardinality(ARRAY(SELECT unnest(p.tags) INTERSECT SELECT unnest(${source.tags}::text[])))
             AS shared_tags
      FROM "Product" p
     WHERE p."tenantId" = ${t} AND p.status = 'active' AND p.id <> ${source.id}
       AND (p.id IN (SELECT id FROM peers) OR p.tags && ${source.tags}::text[])`;
  const rows = await db.$queryRaw<RecommendedProductRow[]>(
    recommendedProductCardsSql({
      tenantId: t,
      candidates,
      orderBy: sql`a."inStock" DESC, c.same_category DESC, c.shared_tags DESC, c."createdAt" DESC, c.id`,
      limit,
    }),
  );
  return rows.map(toRecommendedProduct);
}
