import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { returnableQuantities } from '../returns/returnable-quantities.ts';
import { type OrderViewer, ownOrdersWhere } from './own-orders-where.ts';

// Timeline entries a shopper may see; everything else (notes' bookkeeping, edits, workflow steps)
// stays internal. Their messages are neutral sentences written for both audiences.
const SHOPPER_VISIBLE_EVENTS = [
  'order.placed',
  'order.status_changed',
  'order.cancelled',
  'payment.',
  'shipment.',
  'refund.',
  'return.',
];

function isShopperVisible(type: string): boolean {
  return SHOPPER_VISIBLE_EVENTS.some((visible) =>
    visible.endsWith('.') ? type.startsWith(visible) : type === visible,
  );
}

/**
 * One of the shopper's own orders: items (with how many units may still be returned), shipments
 * with tracking, the order's returns, and a timeline of customer-visible notes and events. Costs and profit are the merchant's and never shown; another
 * customer's order is simply not found.
 */
export async function getCustomerOrder({
  db,
  customer,
  orderId,
}: {
  db: TenantClient;
  customer: OrderViewer;
  orderId: string;
}) {
  const order = await db.order.findFirst({
    where: { id: orderId, ...ownOrdersWhere(customer) },
    select: {
      id: true,
      number: true,
      placedAt: true,
      status: true,
      paymentStatus: true,
      fulfillmentStatus: true,
      email: true,
      phone: true,
      currency: true,
      pricesIncludeTax: true,
      subtotal: true,
      discountTotal: true,
      shippingTotal: true,
      taxTotal: true,
      total: true,
      refundedTotal: true,
      discountCodes: true,
      shippingMethodName: true,
      shippingAddress: true,
      billingAddress: true,
      customerNote: true,
      cancelledAt: true,
      items: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          productId: true,
          variantId: true,
          name: true,
          variantTitle: true,
          sku: true,
          unitPrice: true,
          quantity: true,
          discountAmount: true,
          taxAmount: true,
          total: true,
          fulfilledQuantity: true,
          returnedQuantity: true,
        },
      },
      shipments: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          carrier: true,
          service: true,
          trackingNumber: true,
          trackingUrl: true,
          status: true,
          shippedAt: true,
          deliveredAt: true,
          items: { select: { orderItemId: true, quantity: true } },
        },
      },
      notes: {
        where: { visibility: 'customer' },
        select: { id: true, body: true, createdAt: true },
      },
      events: { select: { id: true, type: true, message: true, createdAt: true } },
      returns: {
        orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }],
        select: {
          id: true,
          number: true,
          status: true,
          reason: true,
          customerNote: true,
          merchantNote: true,
          refundAmount: true,
          requestedAt: true,
          items: { select: { orderItemId: true, quantity: true } },
        },
      },
    },
  });
  if (!order) throw notFound('Order');
  const { delivered, returned } = await db.$transaction((tx) => returnableQuantities(tx, order.id));
  const { id, items, shipments, notes, events, returns, ...rest } = order;
  const timeline = [
    ...events
      .filter((event) => isShopperVisible(event.type))
      .map((event) => ({
        kind: 'event' as const,
        type: event.type,
        message: event.message,
        at: event.createdAt,
      })),
    ...notes.map((note) => ({
      kind: 'note' as const,
      type: 'note',
      message: note.body,
      at: note.createdAt,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    orderId: id,
    ...rest,
    items: items.map(({ id: orderItemId, ...item }) => ({
      orderItemId,
      ...item,
      // Units delivered and not yet asked back: what a return request may still include.
      returnableQuantity: Math.max(
        0,
        (delivered.get(orderItemId) ?? 0) - (returned.get(orderItemId) ?? 0),
      ),
    })),
    shipments: shipments.map(({ id: shipmentId, ...shipment }) => ({ shipmentId, ...shipment })),
    returns: returns.map(({ id: returnId, ...entry }) => ({ returnId, ...entry })),
    timeline,
  };
}
