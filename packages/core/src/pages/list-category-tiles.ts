import { Prisma, type TenantClient } from '@storeloom/db';

export interface CategoryTile {
  id: string;
  slug: string;
  name: string;
  /** Active products in the category and everything below it. */
  productCount: number;
  /** The category's own picture, else the newest active product's first picture. */
  image: { url: string; alt: string } | null;
}

/**
 * Tiles for a category-list block, in one statement: the chosen categories in the given order
 * (unknown slugs skipped), or the top-level ones in the merchant's order when none are chosen.
 */
export async function listCategoryTiles({
  db,
  tenantId: t,
  categorySlugs,
  limit,
}: {
  db: TenantClient;
  tenantId: string;
  categorySlugs: readonly string[];
  limit: number;
}): Promise<CategoryTile[]> {
  const chosen =
    categorySlugs.length === 0
      ? Prisma.sql`
          SELECT c.id, c.slug, c.name, c.path, c."imageId",
                 row_number() OVER (ORDER BY c.position, c.name) AS ord
            FROM "Category" c
           WHERE c."tenantId" = ${t} AND c."parentId" IS NULL`
      : Prisma.sql`
          SELECT c.id, c.slug, c.name, c.path, c."imageId", s.ord
            FROM unnest(${[...categorySlugs]}::text[]) WITH ORDINALITY AS s(slug, ord)
            JOIN "Category" c ON c."tenantId" = ${t} AND c.slug = s.slug`;
  return db.$queryRaw<CategoryTile[]>(Prisma.sql`
    WITH chosen AS (${chosen} ORDER BY ord LIMIT ${limit}),
    live AS (
      SELECT ch.id AS category_id, p.id AS product_id, p.title, p."createdAt"
        FROM chosen ch
        JOIN "Category" d ON d."tenantId" = ${t} AND d.path LIKE ch.path || '%'
        JOIN "ProductCategory" pc ON pc."tenantId" = ${t} AND pc."categoryId" = d.id
        JOIN "Product" p ON p."tenantId" = ${t} AND p.id = pc."productId" AND p.status = 'active'
    )
    SELECT ch.id, ch.slug, ch.name,
           (SELECT count(DISTINCT l.product_id)::int FROM live l WHERE l.category_id = ch.id)
             AS "productCount",
           coalesce(
             (SELECT json_build_object('url', m.url, 'alt', coalesce(m."altText", ch.name))
                FROM "MediaAsset" m
               WHERE m."tenantId" = ${t} AND m.id = ch."imageId" AND m.kind = 'image'),
             (SELECT json_build_object('url', m.url, 'alt', coalesce(pm."altText", m."altText", l.title))
                FROM live l
                JOIN "ProductMedia" pm ON pm."tenantId" = ${t} AND pm."productId" = l.product_id
                JOIN "MediaAsset" m ON m."tenantId" = ${t} AND m.id = pm."mediaAssetId" AND m.kind = 'image'
               WHERE l.category_id = ch.id
               ORDER BY l."createdAt" DESC, l.product_id, pm.position
               LIMIT 1)
           ) AS image
      FROM chosen ch
     ORDER BY ch.ord`);
}
