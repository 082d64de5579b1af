import { Prisma, type TenantClient } from '@storeloom/db';

import { lineRevenueSql } from './line-revenue-sql.ts';

export interface TopProductRow {
  productId: string;
  /** The product's current title, or the name on the order lines if it was deleted. */
  title: string;
  slug: string | null;
  units: number;
  /** Line revenue after discounts and without contained tax, in minor units. */
  revenue: number;
  orders: number;
}

export interface TopProductsReport {
  currency: string;
  byRevenue: TopProductRow[];
  byUnits: TopProductRow[];
}

interface Row extends TopProductRow {
  revenueRank: number;
  unitsRank: number;
  currency: string;
}

function strip({ revenueRank: _r, unitsRank: _u, currency: _c, ...row }: Row): TopProductRow {
  return row;
}

/**
 * The best sellers of a period [from, to) by revenue and by units, from the order line
 * snapshots of orders that were not cancelled; both rankings come from one statement (window
 * functions). Lines without a product (labour, custom lines) are not products and are left out.
 */
export async function getTopProductsReport({
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
}): Promise<TopProductsReport> {
  const rows = await db.$transaction((tx) =>
    tx.$queryRaw<Row[]>(Prisma.sql`
      WITH sold AS (
        SELECT i."productId", sum(i.quantity) AS units, sum(${lineRevenueSql}) AS revenue,
               count(DISTINCT o.id) AS orders, max(i.name) AS name
          FROM "OrderItem" i
          JOIN "Order" o ON o.id = i."orderId" AND o."tenantId" = i."tenantId"
         WHERE i."tenantId" = ${t} AND o.status <> 'cancelled' AND i."productId" IS NOT NULL
           AND o."placedAt" >= ${from}::timestamptz AND o."placedAt" < ${to}::timestamptz
         GROUP BY i."productId"
      ),
      ranked AS (
        SELECT s."productId", coalesce(p.title, s.name) AS title, p.slug,
               s.units::float8 AS units, s.revenue::float8 AS revenue, s.orders::int AS orders,
               row_number() OVER (ORDER BY s.revenue DESC, s."productId")::int AS "revenueRank",
               row_number() OVER (ORDER BY s.units DESC, s."productId")::int AS "unitsRank"
          FROM sold s
          LEFT JOIN "Product" p ON p.id = s."productId" AND p."tenantId" = ${t}
      )
      SELECT r.*, (SELECT currency FROM "Tenant" WHERE id = ${t}) AS currency
        FROM ranked r
       WHERE r."revenueRank" <= ${limit}::int OR r."unitsRank" <= ${limit}::int`),
  );
  const currency =
    rows[0]?.currency ??
    (await db.tenant.findFirst({ select: { currency: true } }))?.currency ??
    'USD';
  return {
    currency,
    byRevenue: rows
      .filter((row) => row.revenueRank <= limit)
      .sort((a, b) => a.revenueRank - b.revenueRank)
      .map(strip),
    byUnits: rows
      .filter((row) => row.unitsRank <= limit)
      .sort((a, b) => a.unitsRank - b.unitsRank)
      .map(strip),
  };
}
