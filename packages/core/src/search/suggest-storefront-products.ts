import { Prisma, type TenantClient } from '@storeloom/db';

import {
  parseTextSearch,
  similarityThresholdSql,
  textMatchSql,
  textRankSql,
} from './text-search.ts';

const MAX_SUGGESTIONS = 8;
const MAX_CATEGORIES = 3;
/**
 * Category names are short, and short words share trigrams by chance ('hood' and "Home" score
 * 0.4), so a category needs the text in its name or a closer resemblance than a product title.
 */
const CATEGORY_SIMILARITY = 0.5;

export interface StorefrontSuggestions {
  categories: { id: string; slug: string; name: string }[];
  products: {
    id: string;
    slug: string;
    title: string;
    imageUrl: string | null;
    /** The lowest variant price in minor units, as a product card shows it first. */
    price: number | null;
    /** Whether variants cost different amounts, so the price reads "From …". */
    priceVaries: boolean;
    currency: string | null;
  }[];
}

interface SuggestionRow {
  kind: 'category' | 'product';
  id: string;
  slug: string;
  title: string;
  imageUrl: string | null;
  price: number | null;
  priceMax: number | null;
  currency: string | null;
}

/** `%`, `_` and `\` are LIKE wildcards or its escape; typed by a shopper they mean themselves. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * Instant search while typing: up to three categories whose name contains or closely resembles
 * the text, then products by the same matching and ranking as the search, eight suggestions at
 * most, from one statement.
 */
export async function suggestStorefrontProducts({
  db,
  tenantId: t,
  q,
}: {
  db: TenantClient;
  tenantId: string;
  q: string;
}): Promise<StorefrontSuggestions> {
  const search = parseTextSearch(q);
  if (!search) return { categories: [], products: [] };
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRaw(similarityThresholdSql());
    const categoryOrder = Prisma.sql`word_similarity(${search.text}, c.name) DESC, c.depth, c.name`;
    const productOrder = Prisma.sql`${textRankSql(search, Prisma.sql`p`)} DESC, p.id DESC`;
    return tx.$queryRaw<SuggestionRow[]>(Prisma.sql`
      SELECT kind, id, slug, title, "imageUrl", price, "priceMax", currency FROM (
      (SELECT 'category' AS kind, c.id, c.slug, c.name AS title, NULL::text AS "imageUrl",
              NULL::int AS price, NULL::int AS "priceMax", NULL::text AS currency,
              row_number() OVER (ORDER BY ${categoryOrder}) AS ord
         FROM "Category" c
        WHERE c."tenantId" = ${t}
          AND (c.name ILIKE ${containsPattern(search.text)}
               OR word_similarity(${search.text}, c.name) >= ${CATEGORY_SIMILARITY}::float8)
        ORDER BY ${categoryOrder}
        LIMIT ${MAX_CATEGORIES}::int)
      UNION ALL
      (SELECT 'product', p.id, p.slug, p.title, img.url, prices.price, prices."priceMax",
              prices.currency, row_number() OVER (ORDER BY ${productOrder})
         FROM "Product" p
         LEFT JOIN LATERAL (
           SELECT min(v.price) AS price, max(v.price) AS "priceMax", min(v.currency)::text AS currency
             FROM "ProductVariant" v
            WHERE v."tenantId" = ${t} AND v."productId" = p.id
         ) prices ON true
         LEFT JOIN LATERAL (
           SELECT a.url
             FROM "ProductMedia" pm
             JOIN "MediaAsset" a ON a.id = pm."mediaAssetId" AND a."tenantId" = pm."tenantId"
            WHERE pm."tenantId" = ${t} AND pm."productId" = p.id
            ORDER BY pm.position, pm.id
            LIMIT 1
         ) img ON true
        WHERE p."tenantId" = ${t} AND p.status = 'active' AND ${textMatchSql(search, Prisma.sql`p`)}
        ORDER BY ${productOrder}
        LIMIT ${MAX_SUGGESTIONS}::int)
      ) suggestions
      ORDER BY kind, ord`);
  });
  const categories = rows
    .filter((row) => row.kind === 'category')
    .map((row) => ({ id: row.id, slug: row.slug, name: row.title }));
  const products = rows
    .filter((row) => row.kind === 'product')
    .slice(0, MAX_SUGGESTIONS - categories.length)
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      imageUrl: row.imageUrl,
      price: row.price,
      priceVaries: row.price !== null && row.priceMax !== null && row.priceMax > row.price,
      currency: row.currency,
    }));
  return { categories, products };
}
