import type { EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { deliverStoreEmail, type NotificationResult } from './deliver-store-email.ts';
import { loadOrderRecipient } from './load-order-recipient.ts';

export type ShippingUpdateResult = NotificationResult | { emailId: null; status: 'no_tracking' };

/**
 * Tells the shopper a parcel is on its way: carrier, tracking number and link, what is in it.
 * One per shipment. A shipment without a tracking number sends nothing: the email exists to
 * hand over the tracking number.
 */
export async function sendShippingUpdateEmail({
  db,
  tenantId,
  shipmentId,
  transport,
}: {
  db: TenantClient;
  tenantId: string;
  shipmentId: string;
  transport: EmailTransport;
}): Promise<ShippingUpdateResult> {
  const shipment = await db.shipment.findFirst({
    where: { id: shipmentId },
    select: {
      orderId: true,
      carrier: true,
      trackingNumber: true,
      trackingUrl: true,
      shippedAt: true,
      createdAt: true,
      items: {
        orderBy: { id: 'asc' },
        select: { quantity: true, orderItem: { select: { name: true } } },
      },
    },
  });
  if (!shipment) throw notFound('Shipment');
  if (!shipment.trackingNumber) return { emailId: null, status: 'no_tracking' };
  const recipient = await loadOrderRecipient({ db, tenantId, orderId: shipment.orderId });
  return deliverStoreEmail({
    db,
    tenantId,
    transport,
    to: recipient.email,
    templateKey: 'shipping_update',
    idempotencyKey: `shipping-update:${shipmentId}`,
    data: {
      customerName: recipient.customerName,
      orderNumber: recipient.orderNumber,
      carrier: shipment.carrier,
      trackingNumber: shipment.trackingNumber,
      trackingUrl: shipment.trackingUrl ?? undefined,
      shippedAt: shipment.shippedAt ?? shipment.createdAt,
      items: shipment.items.map((item) => ({
        name: item.orderItem.name,
        quantity: item.quantity,
      })),
    },
  });
}
