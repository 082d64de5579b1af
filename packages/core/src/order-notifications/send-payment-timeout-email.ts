import type { EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';

import { deliverStoreEmail, type NotificationResult } from './deliver-store-email.ts';
import { loadOrderRecipient } from './load-order-recipient.ts';

/**
 * Tells the shopper that no payment arrived in time and the order was cancelled, with nothing
 * charged. One per order.
 */
export async function sendPaymentTimeoutEmail({
  db,
  tenantId,
  orderId,
  transport,
}: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  transport: EmailTransport;
}): Promise<NotificationResult> {
  const recipient = await loadOrderRecipient({ db, tenantId, orderId });
  return deliverStoreEmail({
    db,
    tenantId,
    transport,
    to: recipient.email,
    templateKey: 'order_cancelled',
    idempotencyKey: `order-payment-timeout:${orderId}`,
    data: {
      customerName: recipient.customerName,
      orderNumber: recipient.orderNumber,
      currency: recipient.currency,
      reason: 'No payment arrived in time, so the order was cancelled and its items released.',
    },
  });
}
