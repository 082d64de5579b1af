import { Prisma, type TenantClient } from '@storeloom/db';

import { lineCostSql, lineRevenueSql, marginBpsSql } from './line-revenue-sql.ts';

export interface ProfitFigures {
  /** Line revenue after discounts, without contained tax. */
  revenue: number;
  /** Unit cost × quantity for goods, hours × rate for labour, from the line snapshots. */
  cost: number;
  profit: number;
  /** Profit over revenue in basis points; 0 without revenue. */
  marginBps: number;
}

export interface ProductProfit extends ProfitFigures {
  productId: string;
  title: string;
  units: number;
}

export interface CategoryProfit extends ProfitFigures {
  categoryId: string;
  slug: string;
  name: string;
  parentId: string | null;
  depth: number;
}

export interface ProfitReport {
  currency: string;
  totals: ProfitFigures;
  /** Highest profit first, at most `limit` products. */
  byProduct: ProductProfit[];
  /** Each category covers its whole subtree; a product in two categories counts in both. */
  byCategory: CategoryProfit[];
  /** Lines outside every category: products without one, and lines without a product. */
  uncategorised: ProfitFigures;
}

interface Row {
  currency: string;
  totals: ProfitFigures;
  byProduct: ProductProfit[] | null;
  byCategory: CategoryProfit[] | null;
  uncategorised: ProfitFigures;
}

/** json_build_object pairs of the figures of a row `x` with revenue and cost columns. */
const figuresOfX = Prisma.sql`'revenue', x.revenue, 'cost', x.cost, 'profit', x.revenue - x.cost,
  'marginBps', ${marginBpsSql(Prisma.sql`x.revenue`, Prisma.sql`x.cost`)}`;

/**
 * Profit and margin for a period [from, to) by product and by category (subtree roll-up), from
 * the order line snapshots (price, discount, tax, cost, hours and rate) of orders that were not
 * cancelled. One statement.
 */
export async function getProfitReport({
  db,
  tenantId: t,
  from,
  to,
  limit,
}: {
  db: TenantClient;
  tenantId: string;
  from: Date;
  to: Date;
  limit: number;
}): Promise<ProfitReport> {
  const [row] = await db.$transaction((tx) =>
    tx.$queryRaw<Row[]>(Prisma.sql`
      WITH lines AS (
        SELECT i."productId", i.name, i.quantity, ${lineRevenueSql} AS revenue, ${lineCostSql} AS cost
          FROM "OrderItem" i
          JOIN "Order" o ON o.id = i."orderId" AND o."tenantId" = i."tenantId"
         WHERE i."tenantId" = ${t} AND o.status <> 'cancelled'
           AND o."placedAt" >= ${from}::timestamptz AND o."placedAt" < ${to}::timestamptz
      ),
      products AS (
        SELECT l."productId", max(l.name) AS name, sum(l.quantity) AS units,
               sum(l.revenue) AS revenue, sum(l.cost) AS cost
          FROM lines l
         WHERE l."productId" IS NOT NULL
         GROUP BY l."productId"
      ),
      ancestry AS (
        SELECT DISTINCT pc."productId", anc.id AS "categoryId"
          FROM "ProductCategory" pc
          JOIN "Category" d ON d.id = pc."categoryId" AND d."tenantId" = pc."tenantId"
          CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from d.path), '/')) AS anc(id)
         WHERE pc."tenantId" = ${t} AND pc."productId" IN (SELECT "productId" FROM products)
      ),
      categories AS (
        SELECT a."categoryId", sum(p.revenue) AS revenue, sum(p.cost) AS cost
          FROM ancestry a JOIN products p ON p."productId" = a."productId"
         GROUP BY a."categoryId"
      ),
      totals AS (SELECT coalesce(sum(revenue), 0) AS revenue, coalesce(sum(cost), 0) AS cost FROM lines),
      outside AS (
        SELECT coalesce(sum(l.revenue), 0) AS revenue, coalesce(sum(l.cost), 0) AS cost
          FROM lines l
         WHERE l."productId" IS NULL
            OR NOT EXISTS (SELECT 1 FROM ancestry a WHERE a."productId" = l."productId")
      )
      SELECT (SELECT currency FROM "Tenant" WHERE id = ${t}) AS currency,
             (SELECT json_build_object(${figuresOfX}) FROM totals x) AS totals,
             (SELECT json_build_object(${figuresOfX}) FROM outside x) AS uncategorised,
             (SELECT json_agg(json_build_object(
                       'productId', x."productId", 'title', x.title, 'units', x.units, ${figuresOfX})
                     ORDER BY x.revenue - x.cost DESC, x."productId")
                FROM (SELECT pr.*, coalesce(p.title, pr.name) AS title
                        FROM products pr
                        LEFT JOIN "Product" p ON p.id = pr."productId" AND p."tenantId" = ${t}
                       ORDER BY pr.revenue - pr.cost DESC, pr."productId"
                       LIMIT ${limit}::int) x) AS "byProduct",
             (SELECT json_agg(json_build_object(
                       'categoryId', c.id, 'slug', c.slug, 'name', c.name, 'parentId', c."parentId",
                       'depth', c.depth, ${figuresOfX})
                     ORDER BY c.depth, c.position, c.name)
                FROM categories x
                JOIN "Category" c ON c.id = x."categoryId" AND c."tenantId" = ${t}) AS "byCategory"`),
  );
  if (!row) throw new Error('The profit report returned no row');
  return {
    currency: row.currency,
    totals: row.totals,
    byProduct: row.byProduct ?? [],
    byCategory: row.byCategory ?? [],
    uncategorised: row.uncategorised,
  };
}
