import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { itemProfit } from './item-profit.ts';

/**
 * One order for the admin: lines with their profit, cost totals, money (payments, refunds),
 * shipments, returns, notes and the timeline, oldest entry first.
 */
export async function getOrder({ db, orderId }: { db: TenantClient; orderId: string }) {
  const order = await db.order.findFirst({
    where: { id: orderId },
    include: {
      customer: { select: { id: true, email: true, firstName: true, lastName: true } },
      items: { orderBy: { position: 'asc' } },
      payments: { orderBy: { createdAt: 'asc' } },
      refunds: { orderBy: { createdAt: 'asc' } },
      shipments: { orderBy: { createdAt: 'asc' }, include: { items: true } },
      returns: { orderBy: { requestedAt: 'asc' }, include: { items: true } },
      notes: { orderBy: { createdAt: 'asc' } },
      events: { orderBy: { createdAt: 'asc' } },
      estimate: { select: { id: true, number: true, depositBps: true } },
    },
  });
  if (!order) throw notFound('Order');
  const items = order.items.map((item) => {
    const hours = item.hours === null ? null : item.hours.toNumber();
    return { ...item, hours, ...itemProfit({ ...item, hours }) };
  });
  return {
    ...order,
    items,
    costs: {
      materialsCost: order.materialsCost,
      labourCost: order.labourCost,
      totalCost: order.totalCost,
      profit: order.profit,
      marginBps: order.marginBps,
    },
    refundable: order.paidTotal - order.refundedTotal,
  };
}
