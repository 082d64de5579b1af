import type { TenantClient } from '@storeloom/db';

import { type OrderViewer, ownOrdersWhere } from './own-orders-where.ts';

/**
 * The shopper's own orders, newest first, a page at a time. `cursor` is the last order id of
 * the previous page.
 */
export async function listCustomerOrders({
  db,
  customer,
  cursor,
  limit,
}: {
  db: TenantClient;
  customer: OrderViewer;
  cursor?: string;
  limit: number;
}) {
  let after: { placedAt: Date; id: string } | null = null;
  if (cursor) {
    // The cursor is the last order of the previous page; one this shopper cannot see ends the list.
    after = await db.order.findFirst({
      where: { id: cursor, ...ownOrdersWhere(customer) },
      select: { placedAt: true, id: true },
    });
    if (!after) return { items: [], nextCursor: null };
  }
  const orders = await db.order.findMany({
    where: {
      ...ownOrdersWhere(customer),
      ...(after
        ? {
            OR: [
              { placedAt: { lt: after.placedAt } },
              { placedAt: after.placedAt, id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ placedAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: {
      id: true,
      number: true,
      placedAt: true,
      status: true,
      paymentStatus: true,
      fulfillmentStatus: true,
      currency: true,
      subtotal: true,
      discountTotal: true,
      shippingTotal: true,
      taxTotal: true,
      total: true,
    },
  });
  const page = orders.slice(0, limit);
  const quantities = page.length
    ? await db.orderItem.groupBy({
        by: ['orderId'],
        where: { orderId: { in: page.map((order) => order.id) } },
        _sum: { quantity: true },
      })
    : [];
  const itemCounts = new Map(quantities.map((row) => [row.orderId, row._sum.quantity ?? 0]));
  return {
    items: page.map(({ id, ...order }) => ({
      orderId: id,
      ...order,
      itemCount: itemCounts.get(id) ?? 0,
    })),
    nextCursor: orders.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
