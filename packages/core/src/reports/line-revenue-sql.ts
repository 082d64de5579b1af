import { Prisma } from '@storeloom/db';

/**
 * What an order line earned the store, from its snapshots: price × quantity minus its discount,
 * minus the tax it contains when the order's prices include tax. `i` is OrderItem, `o` its Order.
 */
export const lineRevenueSql = Prisma.sql`(i."unitPrice"::bigint * i.quantity - i."discountAmount"
  - CASE WHEN o."pricesIncludeTax" THEN i."taxAmount" ELSE 0 END)`;

/** What it cost: hours × rate for labour, unit cost × quantity for everything else. */
export const lineCostSql = Prisma.sql`(CASE WHEN i."isLabour"
  THEN round(coalesce(i.hours, 0) * coalesce(i."labourRate", 0))::bigint
  ELSE i."costPrice"::bigint * i.quantity END)`;

/** Profit over revenue in basis points, 0 without revenue; `revenue` and `cost` are columns. */
export function marginBpsSql(revenue: Prisma.Sql, cost: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${revenue} > 0
    THEN round((${revenue} - ${cost}) * 10000.0 / ${revenue}) ELSE 0 END)::int`;
}
