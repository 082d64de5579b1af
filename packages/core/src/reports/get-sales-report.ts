import { Prisma, type TenantClient } from '@storeloom/db';
import type { ReportGranularity } from '@storeloom/validators';

import { assertBucketCount, previousPeriod, type ReportPeriod } from './report-period.ts';

export interface SalesFigures {
  /** Σ order subtotals: line prices × quantities before discounts. */
  grossSales: number;
  discounts: number;
  /** Succeeded refunds, counted when they were issued. */
  refunds: number;
  /** grossSales − discounts − refunds. */
  netSales: number;
  orders: number;
  /** (grossSales − discounts) / orders, rounded; 0 without orders. */
  averageOrderValue: number;
  /** Units of goods sold (labour lines are not units). */
  units: number;
}

export interface SalesBucket extends SalesFigures {
  /** Start of the day, week (Monday) or month in the store's timezone, as an instant. */
  start: Date;
  /** That start as a calendar date in the store's timezone, e.g. "2026-03-01". */
  label: string;
}

export interface SalesSeries {
  from: Date;
  to: Date;
  buckets: SalesBucket[];
  totals: SalesFigures;
}

export interface SalesReport {
  currency: string;
  timezone: string;
  granularity: ReportGranularity;
  current: SalesSeries;
  /** The period of equal length just before, bucketed the same way, for comparison. */
  previous: SalesSeries;
}

interface Row extends SalesFigures {
  period: 'current' | 'previous';
  /** Null on the period's totals row. */
  start: Date | null;
  label: string | null;
  currency: string;
  timezone: string;
}

const zero: SalesFigures = {
  grossSales: 0,
  discounts: 0,
  refunds: 0,
  netSales: 0,
  orders: 0,
  averageOrderValue: 0,
  units: 0,
};

function figures(row: Row): SalesFigures {
  return {
    grossSales: row.grossSales,
    discounts: row.discounts,
    refunds: row.refunds,
    netSales: row.netSales,
    orders: row.orders,
    averageOrderValue: row.averageOrderValue,
    units: row.units,
  };
}

/**
 * Sales for a period [from, to) bucketed by day, week or month in the store's timezone, with
 * zero-filled buckets, and the same for the previous period of equal length. Cancelled orders are
 * left out; orders count when placed, refunds when issued (and reduce net sales then). The first
 * and last buckets are whole calendar units and may reach outside the period; only orders inside
 * it count. Everything, zero-filling and totals included, is one SQL statement.
 */
export async function getSalesReport({
  db,
  tenantId: t,
  from,
  to,
  granularity,
}: {
  db: TenantClient;
  tenantId: string;
  from: Date;
  to: Date;
  granularity: ReportGranularity;
}): Promise<SalesReport> {
  const current: ReportPeriod = { from, to };
  assertBucketCount(current, granularity);
  const previous = previousPeriod(current);
  const rows = await db.$transaction((tx) =>
    tx.$queryRaw<Row[]>(Prisma.sql`
      WITH store AS (SELECT timezone AS tz, currency FROM "Tenant" WHERE id = ${t}),
      periods AS (
        SELECT 'current' AS period, ${current.from}::timestamptz AS p_from, ${current.to}::timestamptz AS p_to
        UNION ALL
        SELECT 'previous', ${previous.from}::timestamptz, ${previous.to}::timestamptz
      ),
      buckets AS (
        SELECT pr.period, b.local_start
          FROM periods pr
          CROSS JOIN store
          CROSS JOIN LATERAL generate_series(
            date_trunc(${granularity}, pr.p_from AT TIME ZONE store.tz),
            (pr.p_to AT TIME ZONE store.tz) - interval '1 microsecond',
            ('1 ' || ${granularity})::interval) AS b(local_start)
         WHERE pr.p_to > pr.p_from
      ),
      placed AS (
        SELECT pr.period, date_trunc(${granularity}, o."placedAt" AT TIME ZONE store.tz) AS local_start,
               sum(o.subtotal) AS gross, sum(o."discountTotal") AS discounts, count(*) AS orders,
               sum(coalesce(items.units, 0)) AS units
          FROM "Order" o
          JOIN periods pr ON o."placedAt" >= pr.p_from AND o."placedAt" < pr.p_to
          CROSS JOIN store
          LEFT JOIN LATERAL (
            SELECT sum(i.quantity) AS units FROM "OrderItem" i
             WHERE i."tenantId" = ${t} AND i."orderId" = o.id AND NOT i."isLabour"
          ) items ON true
         WHERE o."tenantId" = ${t} AND o.status <> 'cancelled'
         GROUP BY pr.period, 2
      ),
      refunded AS (
        SELECT pr.period, date_trunc(${granularity}, r."createdAt" AT TIME ZONE store.tz) AS local_start,
               sum(r.amount) AS refunds
          FROM "Refund" r
          JOIN "Order" o ON o.id = r."orderId" AND o."tenantId" = r."tenantId"
          JOIN periods pr ON r."createdAt" >= pr.p_from AND r."createdAt" < pr.p_to
          CROSS JOIN store
         WHERE r."tenantId" = ${t} AND r.status = 'succeeded' AND o.status <> 'cancelled'
         GROUP BY pr.period, 2
      ),
      filled AS (
        SELECT b.period, b.local_start,
               coalesce(p.gross, 0) AS gross, coalesce(p.discounts, 0) AS discounts,
               coalesce(r.refunds, 0) AS refunds, coalesce(p.orders, 0) AS orders,
               coalesce(p.units, 0) AS units
          FROM buckets b
          LEFT JOIN placed p ON p.period = b.period AND p.local_start = b.local_start
          LEFT JOIN refunded r ON r.period = b.period AND r.local_start = b.local_start
      ),
      grouped AS (
        SELECT period, local_start, sum(gross) AS gross, sum(discounts) AS discounts,
               sum(refunds) AS refunds, sum(orders) AS orders, sum(units) AS units
          FROM filled
         GROUP BY GROUPING SETS ((period, local_start), (period))
      )
      SELECT g.period,
             g.local_start AT TIME ZONE store.tz AS start,
             to_char(g.local_start, 'YYYY-MM-DD') AS label,
             g.gross::float8 AS "grossSales", g.discounts::float8 AS discounts,
             g.refunds::float8 AS refunds, (g.gross - g.discounts - g.refunds)::float8 AS "netSales",
             g.orders::int AS orders,
             (CASE WHEN g.orders > 0 THEN round((g.gross - g.discounts) / g.orders) ELSE 0 END)::float8
               AS "averageOrderValue",
             g.units::float8 AS units,
             store.currency, store.tz AS timezone
        FROM grouped g CROSS JOIN store
       ORDER BY g.period, g.local_start NULLS FIRST`),
  );
  const store = await storeOf(db, rows);
  const series = (period: 'current' | 'previous', range: ReportPeriod): SalesSeries => {
    const ofPeriod = rows.filter((row) => row.period === period);
    const totals = ofPeriod.find((row) => row.start === null);
    return {
      from: range.from,
      to: range.to,
      buckets: ofPeriod.flatMap((row) =>
        row.start && row.label ? [{ start: row.start, label: row.label, ...figures(row) }] : [],
      ),
      totals: totals ? figures(totals) : zero,
    };
  };
  return {
    currency: store.currency,
    timezone: store.timezone,
    granularity,
    current: series('current', current),
    previous: series('previous', previous),
  };
}

/** An empty period has no rows to carry the store's settings; read them then. */
async function storeOf(db: TenantClient, rows: readonly Row[]) {
  const first = rows[0];
  if (first) return { currency: first.currency, timezone: first.timezone };
  const tenant = await db.tenant.findFirst({ select: { currency: true, timezone: true } });
  return { currency: tenant?.currency ?? 'USD', timezone: tenant?.timezone ?? 'UTC' };
}
