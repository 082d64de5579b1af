import { Prisma } from '@storeloom/db';

import type { StorefrontSearchItem } from '../search/search-storefront-products.ts';

/** A recommended product is shown as the same card as a search result. */
export type RecommendedProduct = StorefrontSearchItem;

/** One card row as the statement returns it. */
export interface RecommendedProductRow {
  id: string;
  slug: string;
  title: string;
  priceMin: number;
  priceMax: number;
  compareAtPrice: number | null;
  currency: string;
  inStock: boolean;
  imageUrl: string | null;
  imageAlt: string | null;
}

const { sql } = Prisma;

/**
 * Product cards for candidate products, best first. `candidates` is a SELECT with an `id` column
 * and whatever the ranking needs; `orderBy` ranks over its columns (alias `c`) and the card's
 * (alias `a`: "inStock", "priceMin"). Only active products with a variant become cards. Stock
 * counts as everywhere on the storefront: untracked, backorderable, or on hand minus reserved
 * over the active locations above zero.
 */
export function recommendedProductCardsSql({
  tenantId: t,
  candidates,
  orderBy,
  limit,
}: {
  tenantId: string;
  candidates: Prisma.Sql;
  orderBy: Prisma.Sql;
  limit: number;
}): Prisma.Sql {
  return sql`
    WITH c AS MATERIALIZED (${candidates}),
    vars AS MATERIALIZED (
      SELECT v."productId", v.price, v."compareAtPrice", v.currency, v.position,
             (NOT v."trackInventory" OR v."allowBackorder" OR coalesce((
                SELECT sum(l."onHand" - l.reserved) FROM "InventoryLevel" l
                 WHERE l."tenantId" = ${t} AND l."variantId" = v.id
                   AND l."locationId" = ANY(ARRAY(
                     SELECT loc.id FROM "InventoryLocation" loc
                      WHERE loc."tenantId" = ${t} AND loc."isActive"))), 0) > 0) AS available
        FROM "ProductVariant" v
       WHERE v."tenantId" = ${t} AND v."productId" = ANY(ARRAY(SELECT id FROM c))
    ),
    a AS (
      SELECT v."productId" AS id, min(v.price) AS "priceMin", max(v.price) AS "priceMax",
             (array_agg(v."compareAtPrice" ORDER BY v.price, v.position))[1] AS "compareAtPrice",
             min(v.currency) AS currency, bool_or(v.available) AS "inStock"
        FROM vars v
       GROUP BY v."productId"
    ),
    top AS (
      SELECT p.id, p.slug, p.title, a."priceMin", a."priceMax", a."compareAtPrice", a.currency,
             a."inStock", row_number() OVER (ORDER BY ${orderBy}) AS ord
        FROM c
        JOIN a ON a.id = c.id
        JOIN "Product" p ON p."tenantId" = ${t} AND p.id = c.id AND p.status = 'active'
       ORDER BY ord
       LIMIT ${limit}::int
    )
    SELECT top.id, top.slug, top.title, top."priceMin", top."priceMax", top."compareAtPrice",
           top.currency, top."inStock", img.url AS "imageUrl", coalesce(img.alt, top.title) AS "imageAlt"
      FROM top
      LEFT JOIN LATERAL (
        SELECT a.url, coalesce(pm."altText", a."altText") AS alt
          FROM "ProductMedia" pm
          JOIN "MediaAsset" a ON a.id = pm."mediaAssetId" AND a."tenantId" = pm."tenantId"
         WHERE pm."tenantId" = ${t} AND pm."productId" = top.id
         ORDER BY pm.position, pm.id
         LIMIT 1
      ) img ON true
     ORDER BY top.ord`;
}

export function toRecommendedProduct(row: RecommendedProductRow): RecommendedProduct {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    priceMin: row.priceMin,
    priceMax: row.priceMax,
    compareAtPrice: row.compareAtPrice,
    currency: row.currency,
    image: row.imageUrl === null ? null : { url: row.imageUrl, alt: row.imageAlt ?? row.title },
    inStock: row.inStock,
  };
}
