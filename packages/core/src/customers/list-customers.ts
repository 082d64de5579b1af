import { Prisma, type TenantClient } from '@storeloom/db';
import type { CustomerListSort } from '@storeloom/validators';

import { afterPositionSql, decodeCursor, encodeCursor } from '../search/keyset-cursor.ts';

export interface CustomerListRow {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  /** First and last name, or null when the customer gave neither. */
  name: string | null;
  tags: string[];
  createdAt: Date;
  /** Orders that were not cancelled. */
  orderCount: number;
  /** Σ (total − refunded) over those orders, in minor units of the store currency. */
  lifetimeValue: number;
  lastOrderAt: Date | null;
}

export interface CustomerList {
  items: CustomerListRow[];
  nextCursor: string | null;
  currency: string;
}

interface Row extends Omit<CustomerListRow, 'name'> {
  key: number;
  currency: string;
}

const sortKey: Record<CustomerListSort, Prisma.Sql> = {
  newest: Prisma.sql`(extract(epoch from s."createdAt") * 1000)::float8`,
  lifetime_value: Prisma.sql`s."lifetimeValue"`,
  order_count: Prisma.sql`s."orderCount"::float8`,
};

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function fullName(row: { firstName: string | null; lastName: string | null }): string | null {
  const name = [row.firstName, row.lastName].filter(Boolean).join(' ');
  return name.length > 0 ? name : null;
}

/**
 * The merchant's customer list: search by email or name, sorted newest first, by lifetime value
 * or by order count (highest first; ties by id), with per-customer order statistics computed in
 * the same statement. Pages by an opaque keyset cursor.
 */
export async function listCustomers({
  db,
  tenantId: t,
  q,
  sort,
  cursor,
  limit,
}: {
  db: TenantClient;
  tenantId: string;
  q?: string | undefined;
  sort: CustomerListSort;
  cursor?: string | undefined;
  limit: number;
}): Promise<CustomerList> {
  const after = cursor ? decodeCursor(cursor, sort) : null;
  const text = q?.trim() ?? '';
  const search =
    text.length > 0
      ? Prisma.sql`AND (c.email ILIKE ${likePattern(text)}
                    OR concat_ws(' ', c."firstName", c."lastName") ILIKE ${likePattern(text)})`
      : Prisma.empty;
  const rows = await db.$transaction((tx) =>
    tx.$queryRaw<Row[]>(Prisma.sql`
      WITH s AS (
        SELECT c.id, c.email, c."firstName", c."lastName", c.tags, c."createdAt",
               coalesce(o."orderCount", 0)::int AS "orderCount",
               coalesce(o."lifetimeValue", 0)::float8 AS "lifetimeValue",
               o."lastOrderAt"
          FROM "Customer" c
          LEFT JOIN LATERAL (
            SELECT count(*) AS "orderCount",
                   sum(x.total - x."refundedTotal") AS "lifetimeValue",
                   max(x."placedAt") AS "lastOrderAt"
              FROM "Order" x
             WHERE x."tenantId" = ${t} AND x."customerId" = c.id AND x.status <> 'cancelled'
          ) o ON true
         WHERE c."tenantId" = ${t} ${search}
      ),
      keyed AS (SELECT s.*, ${sortKey[sort]} AS key FROM s)
      SELECT k.*, (SELECT currency FROM "Tenant" WHERE id = ${t}) AS currency
        FROM keyed k
       ${after ? Prisma.sql`WHERE ${afterPositionSql(after, { keyed: Prisma.sql`keyed`, row: Prisma.sql`k`, descending: true })}` : Prisma.empty}
       ORDER BY k.key DESC, k.id DESC
       LIMIT ${limit + 1}::int`),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ key: _key, currency: _currency, ...row }) => ({
      ...row,
      name: fullName(row),
    })),
    nextCursor:
      rows.length > limit && last ? encodeCursor(sort, { key: last.key, id: last.id }) : null,
    currency: rows[0]?.currency ?? (await storeCurrency(db, t)),
  };
}

async function storeCurrency(db: TenantClient, tenantId: string): Promise<string> {
  const tenant = await db.tenant.findUnique({
    where: { id: tenantId },
    select: { currency: true },
  });
  return tenant?.currency ?? 'USD';
}
