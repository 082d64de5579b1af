import type { FulfillmentStatus, OrderStatus, TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { fulfillmentOf } from './fulfillment-progress.ts';

/** Facets that say every unit left the warehouse (returns come after shipping). */
const ALL_SHIPPED: readonly FulfillmentStatus[] = [
  'fulfilled',
  'delivered',
  'partially_returned',
  'returned',
];

export interface OrderFulfilment {
  status: OrderStatus;
  fulfillmentStatus: FulfillmentStatus;
  /** From the lines: every ordered unit has shipped. */
  allShipped: boolean;
  /** Whether the order's facet agrees with its lines (createShipment keeps them together). */
  consistent: boolean;
}

/** How far an order's shipping has got, by its lines and by its recorded facet. */
export async function readOrderFulfilment({
  db,
  orderId,
}: {
  db: TenantClient;
  orderId: string;
}): Promise<OrderFulfilment> {
  const order = await db.order.findFirst({
    where: { id: orderId },
    select: {
      status: true,
      fulfillmentStatus: true,
      items: { select: { quantity: true, fulfilledQuantity: true } },
    },
  });
  if (!order) throw notFound('Order');
  const allShipped = fulfillmentOf(order.items) === 'fulfilled';
  return {
    status: order.status,
    fulfillmentStatus: order.fulfillmentStatus,
    allShipped,
    consistent: allShipped
      ? ALL_SHIPPED.includes(order.fulfillmentStatus)
      : order.fulfillmentStatus !== 'fulfilled' && order.fulfillmentStatus !== 'delivered',
  };
}
