import type { TenantClient } from '@storeloom/db';

import { type OrderViewer, ownOrdersWhere } from '../customer-accounts/own-orders-where.ts';

/** A shopper's own returns, newest first, with what they asked to send back. */
export async function listCustomerReturns({
  db,
  customer,
}: {
  db: TenantClient;
  customer: OrderViewer;
}) {
  return db.return.findMany({
    where: { order: ownOrdersWhere(customer) },
    orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }],
    take: 100,
    select: {
      id: true,
      number: true,
      status: true,
      reason: true,
      refundAmount: true,
      currency: true,
      requestedAt: true,
      order: { select: { id: true, number: true } },
      items: {
        select: {
          quantity: true,
          orderItem: { select: { id: true, name: true, variantTitle: true } },
        },
      },
    },
  });
}
