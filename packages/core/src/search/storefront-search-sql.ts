import { Prisma } from '@storeloom/db';

import { afterPositionSql, type CursorPosition } from './keyset-cursor.ts';
import { textMatchSql, textRankSql, type TextSearch } from './text-search.ts';

/** Sorts as run: `relevance` without a search text has already become `newest`. */
export type EffectiveSort = 'relevance' | 'price_asc' | 'price_desc' | 'newest' | 'best_selling';

export interface StorefrontSearchCriteria {
  tenantId: string;
  text: TextSearch | null;
  categorySlug: string | null;
  minPrice: number | null;
  maxPrice: number | null;
  inStock: boolean;
  /** Lower-cased, distinct option filters; values of the same name are alternatives. */
  options: readonly { name: string; value: string }[];
  sort: EffectiveSort;
  after: CursorPosition | null;
  /** Rows to fetch: the page size plus one, to know whether another page follows. */
  take: number;
}

const { sql, empty, join } = Prisma;

const descending: Record<EffectiveSort, boolean> = {
  relevance: true,
  price_asc: false,
  price_desc: true,
  newest: true,
  best_selling: true,
};

/** Separates name and value in the keys the option filter compares; never typed by a shopper. */
const PAIR_SEPARATOR = '\u0001';

/**
 * The sort key of a product card, one float8 so every cursor has the same shape. Price sorts use
 * the lowest variant price in both directions (the price the card shows first); newest uses the
 * creation time in epoch milliseconds, exact in a float8.
 */
function sortKeySql(sort: EffectiveSort): Prisma.Sql {
  switch (sort) {
    case 'relevance':
      return sql`prod.rank`;
    case 'price_asc':
    case 'price_desc':
      return sql`c."priceMin"::float8`;
    case 'newest':
      return sql`(extract(epoch from prod."createdAt") * 1000)::float8`;
    case 'best_selling':
      return sql`coalesce(sold.units, 0)::float8`;
  }
}

/** Variant filters a facet leaves out: its own. */
interface SkippedChecks {
  price?: boolean;
  stock?: boolean;
  options?: boolean;
}

class SearchSqlBuilder {
  private readonly t: string;
  private readonly optionNames: string[];

  constructor(private readonly criteria: StorefrontSearchCriteria) {
    this.t = criteria.tenantId;
    this.optionNames = [...new Set(criteria.options.map((option) => option.name))];
  }

  private get filtersOptions(): boolean {
    return this.optionNames.length > 0;
  }

  /**
   * Products of the store that are active, match the text and sit in the category subtree.
   * Id lists are built once with ARRAY(subquery) and compared with `= ANY`, so the small join
   * tables are read through their (tenantId, ...) indexes instead of being re-scanned per row.
   */
  private products(): Prisma.Sql {
    const { text, categorySlug } = this.criteria;
    const inCategory = categorySlug
      ? sql`p.id = ANY(ARRAY(
          SELECT pc."productId" FROM "ProductCategory" pc
           WHERE pc."tenantId" = ${this.t}
             AND pc."categoryId" = ANY(ARRAY(
               SELECT c.id FROM "Category" c
                WHERE c."tenantId" = ${this.t} AND c.path LIKE (SELECT path FROM root) || '%'))))`
      : sql`true`;
    const root = categorySlug
      ? sql`
      root AS (SELECT path FROM "Category" WHERE "tenantId" = ${this.t} AND slug = ${categorySlug}),`
      : empty;
    return sql`${root}
      prod AS MATERIALIZED (
        SELECT p.id, p.slug, p.title, p."createdAt",
               ${text ? textRankSql(text, sql`p`) : sql`0::float8`} AS rank,
               ${inCategory} AS cat_ok
          FROM "Product" p
         WHERE p."tenantId" = ${this.t} AND p.status = 'active'
               ${text ? sql`AND ${textMatchSql(text, sql`p`)}` : empty}
      )`;
  }

  /**
   * `vars`: their variants, sellable now (untracked, backorderable, or on hand minus reserved
   * over the active locations is positive) and in the price range. `vrows`: one row per variant
   * and option value (one for a variant without options), with how many requested options the
   * variant hits (`matched`, a window function) and `first` marking one row per variant.
   */
  private variantRows(): Prisma.Sql {
    const { minPrice, maxPrice } = this.criteria;
    const priceChecks = [
      minPrice === null ? null : sql`v.price >= ${minPrice}::int`,
      maxPrice === null ? null : sql`v.price <= ${maxPrice}::int`,
    ].filter((check) => check !== null);
    const pairs = this.criteria.options.map(
      (option) => `${option.name}${PAIR_SEPARATOR}${option.value}`,
    );
    const nameRequested = this.filtersOptions
      ? sql`coalesce(lower(o.name) = ANY(${this.optionNames}::text[]), false)`
      : sql`false`;
    const hit = this.filtersOptions
      ? sql`coalesce(lower(o.name) || ${PAIR_SEPARATOR} || lower(ov.value) = ANY(${pairs}::text[]), false)`
      : sql`false`;
    return sql`,
      vars AS MATERIALIZED (
        SELECT v.id, v."productId", v.price, v."compareAtPrice", v.currency, v.position, prod.cat_ok,
               (NOT v."trackInventory" OR v."allowBackorder" OR coalesce((
                  SELECT sum(l."onHand" - l.reserved) FROM "InventoryLevel" l
                   WHERE l."tenantId" = ${this.t} AND l."variantId" = v.id
                     AND l."locationId" = ANY(ARRAY(
                       SELECT loc.id FROM "InventoryLocation" loc
                        WHERE loc."tenantId" = ${this.t} AND loc."isActive"))), 0) > 0) AS available,
               ${priceChecks.length > 0 ? join(priceChecks, ' AND ') : sql`true`} AS price_ok
          FROM prod
          JOIN "ProductVariant" v ON v."tenantId" = ${this.t} AND v."productId" = prod.id
      ),
      vrows AS MATERIALIZED (
        SELECT v.id AS vid, v."productId" AS pid, v.price, v."compareAtPrice", v.currency,
               v.position, v.cat_ok, v.available, v.price_ok,
               o.name, ov.value, o.position AS opos, ov.position AS vpos,
               ${nameRequested} AS name_req, ${hit} AS hit,
               ${this.filtersOptions ? sql`count(*) FILTER (WHERE ${hit}) OVER (PARTITION BY v.id)` : sql`0`}::int AS matched,
               row_number() OVER (PARTITION BY v.id) = 1 AS first
          FROM vars v
          LEFT JOIN "VariantOptionValue" vov ON vov."tenantId" = ${this.t} AND vov."variantId" = v.id
          LEFT JOIN "ProductOptionValue" ov ON ov."tenantId" = ${this.t} AND ov.id = vov."optionValueId"
          LEFT JOIN "ProductOption" o ON o."tenantId" = ${this.t} AND o.id = ov."optionId"
      )`;
  }

  /** `vrows` rows passing the variant filters, leaving out the ones a facet ignores. */
  private variantOk(skip: SkippedChecks = {}): Prisma.Sql {
    const checks = [
      skip.price ? null : sql`v.price_ok`,
      skip.stock || !this.criteria.inStock ? null : sql`v.available`,
      skip.options || !this.filtersOptions
        ? null
        : sql`v.matched = ${this.optionNames.length}::int`,
    ].filter((check) => check !== null);
    return checks.length > 0 ? join(checks, ' AND ') : sql`true`;
  }

  /**
   * One row per matching-or-not product with everything the page and the counts need: `hit`
   * (passes every filter), the flags and prices the facets need (each without its own filter),
   * and the card's price range, cheapest compare-at price and stock.
   */
  private productSummaries(): Prisma.Sql {
    const all = this.variantOk();
    return sql`,
      card AS MATERIALIZED (
        SELECT v.pid AS id,
               bool_or(v.cat_ok AND ${all}) AS hit,
               bool_or(${all}) AS hit_any_category,
               bool_or(v.cat_ok AND v.available AND ${this.variantOk({ stock: true })}) AS hit_in_stock,
               min(v.price) FILTER (WHERE v.cat_ok AND ${this.variantOk({ price: true })}) AS facet_min,
               max(v.price) FILTER (WHERE v.cat_ok AND ${this.variantOk({ price: true })}) AS facet_max,
               min(v.price) AS "priceMin", max(v.price) AS "priceMax",
               (array_agg(v."compareAtPrice" ORDER BY v.price, v.position))[1] AS "compareAtPrice",
               min(v.currency) AS currency, bool_or(v.available) AS "inStock"
          FROM vrows v
         WHERE v.first
         GROUP BY v.pid
      )`;
  }

  /** The page: matching cards ordered by (key, id) after the cursor, with their first image. */
  private page(): Prisma.Sql {
    const { sort, after, take } = this.criteria;
    const desc = descending[sort];
    const direction = desc ? sql`DESC` : sql`ASC`;
    const afterCondition = after
      ? sql`WHERE ${afterPositionSql(after, { keyed: sql`keyed`, row: sql`k`, descending: desc })}`
      : empty;
    const sold =
      sort === 'best_selling'
        ? sql`
          LEFT JOIN (
            SELECT oi."productId" AS id, sum(oi.quantity) AS units
              FROM "OrderItem" oi
              JOIN "Order" o ON o.id = oi."orderId" AND o."tenantId" = oi."tenantId"
             WHERE oi."tenantId" = ${this.t} AND o.status <> 'cancelled'
               AND oi."productId" = ANY(ARRAY(SELECT id FROM card WHERE hit))
             GROUP BY oi."productId"
          ) sold ON sold.id = c.id`
        : empty;
    return sql`,
      keyed AS (
        SELECT c.id, prod.slug, prod.title, c."priceMin", c."priceMax", c."compareAtPrice",
               c.currency, c."inStock", ${sortKeySql(sort)} AS key
          FROM card c
          JOIN prod ON prod.id = c.id${sold}
         WHERE c.hit
      ),
      page AS (
        SELECT k.* FROM keyed k ${afterCondition}
         ORDER BY k.key ${direction}, k.id ${direction}
         LIMIT ${take}::int
      ),
      items AS (
        SELECT page.*, img.url AS "imageUrl", coalesce(img.alt, page.title) AS "imageAlt"
          FROM page
          LEFT JOIN (
            SELECT DISTINCT ON (pm."productId") pm."productId", a.url,
                   coalesce(pm."altText", a."altText") AS alt
              FROM "ProductMedia" pm
              JOIN "MediaAsset" a ON a.id = pm."mediaAssetId" AND a."tenantId" = pm."tenantId"
             WHERE pm."tenantId" = ${this.t} AND pm."productId" = ANY(ARRAY(SELECT id FROM page))
             ORDER BY pm."productId", pm.position, pm.id
          ) img ON img."productId" = page.id
         ORDER BY page.key ${direction}, page.id ${direction}
      )`;
  }

  /**
   * Facets for the same filters, each ignoring its own filter (standard faceting): category
   * counts ignore the category, an option's value counts ignore that option, the price range
   * ignores the price filter, the in-stock count ignores the in-stock filter. A category's count
   * covers its whole subtree.
   */
  private facets(): Prisma.Sql {
    return sql`,
      facet_categories AS (
        SELECT anc.id, count(DISTINCT pc."productId")::int AS n
          FROM "ProductCategory" pc
          JOIN "Category" d ON d.id = pc."categoryId" AND d."tenantId" = pc."tenantId"
          CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from d.path), '/')) AS anc(id)
         WHERE pc."tenantId" = ${this.t}
           AND pc."productId" = ANY(ARRAY(SELECT id FROM card WHERE hit_any_category))
         GROUP BY anc.id
      ),
      facet_values AS (
        SELECT v.name, v.value, min(v.opos) AS opos, avg(v.vpos) AS vpos,
               count(DISTINCT v.pid)::int AS n
          FROM vrows v
         WHERE v.name IS NOT NULL AND v.cat_ok AND ${this.variantOk({ options: true })}
           AND v.matched - v.hit::int = ${this.optionNames.length}::int - v.name_req::int
         GROUP BY v.name, v.value
      )`;
  }

  build(): Prisma.Sql {
    const categoryFound = this.criteria.categorySlug ? sql`EXISTS (SELECT 1 FROM root)` : sql`true`;
    return sql`
      WITH ${this.products()}${this.variantRows()}${this.productSummaries()}${this.page()}${this.facets()}
      SELECT
        ${categoryFound} AS "categoryFound",
        (SELECT coalesce(json_agg(items), '[]'::json) FROM items) AS items,
        counts.total, counts."inStockCount",
        json_build_object('min', counts.min, 'max', counts.max) AS "priceRange",
        (SELECT coalesce(json_agg(json_build_object(
                  'id', c.id, 'slug', c.slug, 'name', c.name, 'parentId', c."parentId",
                  'depth', c.depth, 'count', fc.n)
                ORDER BY c.depth, c.position, c.name), '[]'::json)
           FROM facet_categories fc
           JOIN "Category" c ON c.id = fc.id AND c."tenantId" = ${this.t}) AS categories,
        (SELECT coalesce(json_agg(json_build_object('name', o.name, 'values', o.vals)
                ORDER BY o.opos, o.name), '[]'::json)
           FROM (SELECT fv.name, min(fv.opos) AS opos,
                        json_agg(json_build_object('value', fv.value, 'count', fv.n)
                                 ORDER BY fv.vpos, fv.value) AS vals
                   FROM facet_values fv GROUP BY fv.name) o) AS options
        FROM (SELECT (count(*) FILTER (WHERE hit))::int AS total,
                     (count(*) FILTER (WHERE hit_in_stock))::int AS "inStockCount",
                     min(facet_min) AS min, max(facet_max) AS max
                FROM card) counts`;
  }
}

/**
 * One statement for a whole search: the page of product cards (as JSON, ordered by the sort key
 * and id), the total, and the facets. Every table is filtered by the store explicitly, on top of
 * row-level security.
 */
export function storefrontSearchSql(criteria: StorefrontSearchCriteria): Prisma.Sql {
  return new SearchSqlBuilder(criteria).build();
}
