import { Prisma, type TenantClient } from '@storeloom/db';

import { addressBookSelect } from '../customer-accounts/address-record.ts';
import { notFound } from '../errors/domain-error.ts';

const RECENT_ORDERS = 10;

interface StatsRow {
  orderCount: number;
  lifetimeValue: number;
  averageOrderValue: number;
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
  currency: string;
}

/**
 * A customer for the merchant: profile, address book, the most recent orders (cancelled ones
 * too, it is their history) and figures over the orders that were not cancelled: count,
 * lifetime value (Σ total − refunded) and average order value.
 */
export async function getCustomer({
  db,
  tenantId: t,
  customerId,
}: {
  db: TenantClient;
  tenantId: string;
  customerId: string;
}) {
  const { customer, stats } = await db.$transaction(async (tx) => {
    const found = await tx.customer.findUnique({
      where: { id: customerId },
      select: {
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        phone: true,
        acceptsMarketing: true,
        emailVerifiedAt: true,
        note: true,
        tags: true,
        createdAt: true,
        addresses: {
          orderBy: [{ isDefaultShipping: 'desc' }, { createdAt: 'asc' }],
          select: addressBookSelect,
        },
        orders: {
          orderBy: [{ placedAt: 'desc' }, { id: 'desc' }],
          take: RECENT_ORDERS,
          select: {
            id: true,
            number: true,
            status: true,
            paymentStatus: true,
            fulfillmentStatus: true,
            total: true,
            refundedTotal: true,
            currency: true,
            placedAt: true,
          },
        },
      },
    });
    if (!found) return { customer: null, stats: null };
    const [row] = await tx.$queryRaw<StatsRow[]>(Prisma.sql`
      SELECT count(o.id)::int AS "orderCount",
             coalesce(sum(o.total - o."refundedTotal"), 0)::float8 AS "lifetimeValue",
             coalesce(round(avg(o.total - o."refundedTotal")), 0)::float8 AS "averageOrderValue",
             min(o."placedAt") AS "firstOrderAt",
             max(o."placedAt") AS "lastOrderAt",
             t.currency
        FROM "Tenant" t
        LEFT JOIN "Order" o
          ON o."tenantId" = t.id AND o."customerId" = ${customerId} AND o.status <> 'cancelled'
       WHERE t.id = ${t}
       GROUP BY t.currency`);
    return { customer: found, stats: row ?? null };
  });
  if (!customer || !stats) throw notFound('Customer');
  const { orders, ...profile } = customer;
  return {
    ...profile,
    name: [profile.firstName, profile.lastName].filter(Boolean).join(' ') || null,
    recentOrders: orders,
    stats,
  };
}
