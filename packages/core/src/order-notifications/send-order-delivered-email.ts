import type { EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';

import { deliverStoreEmail, type NotificationResult } from './deliver-store-email.ts';
import { loadOrderRecipient } from './load-order-recipient.ts';

/**
 * Tells the shopper the whole order has arrived (its last shipment was delivered). One per
 * order. The delivery date is the last shipment's.
 */
export async function sendOrderDeliveredEmail({
  db,
  tenantId,
  orderId,
  transport,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  transport: EmailTransport;
  now?: Date;
}): Promise<NotificationResult> {
  const recipient = await loadOrderRecipient({ db, tenantId, orderId });
  const last = await db.shipment.findFirst({
    where: { orderId, deliveredAt: { not: null } },
    orderBy: { deliveredAt: 'desc' },
    select: { deliveredAt: true },
  });
  return deliverStoreEmail({
    db,
    tenantId,
    transport,
    to: recipient.email,
    templateKey: 'order_delivered',
    idempotencyKey: `order-delivered:${orderId}`,
    data: {
      customerName: recipient.customerName,
      orderNumber: recipient.orderNumber,
      deliveredAt: last?.deliveredAt ?? now,
      orderUrl: recipient.orderUrl,
    },
  });
}
