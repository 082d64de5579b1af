import type { EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { deliverStoreEmail, type NotificationResult } from './deliver-store-email.ts';
import { loadOrderRecipient } from './load-order-recipient.ts';

/**
 * Tells the shopper money is on its way back: amount, date and reason. One email per refund,
 * whatever recorded it (a return, a refund from the order page, a cancellation, or a refund the
 * provider reported).
 */
export async function sendRefundIssuedEmail({
  db,
  tenantId,
  refundId,
  transport,
}: {
  db: TenantClient;
  tenantId: string;
  refundId: string;
  transport: EmailTransport;
}): Promise<NotificationResult> {
  const refund = await db.refund.findFirst({
    where: { id: refundId },
    select: { orderId: true, amount: true, currency: true, reason: true, createdAt: true },
  });
  if (!refund) throw notFound('Refund');
  const recipient = await loadOrderRecipient({ db, tenantId, orderId: refund.orderId });
  return deliverStoreEmail({
    db,
    tenantId,
    transport,
    to: recipient.email,
    templateKey: 'refund_issued',
    idempotencyKey: `refund-issued:${refundId}`,
    data: {
      customerName: recipient.customerName,
      orderNumber: recipient.orderNumber,
      amount: refund.amount,
      currency: refund.currency,
      issuedAt: refund.createdAt,
      reason: refund.reason?.slice(0, 300) ?? undefined,
    },
  });
}
