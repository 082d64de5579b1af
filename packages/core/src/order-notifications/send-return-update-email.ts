import type { EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';
import type { z } from 'zod';
import type { returnEmailStatusSchema } from '@storeloom/validators';

import { notFound } from '../errors/domain-error.ts';
import { deliverStoreEmail, type NotificationResult } from './deliver-store-email.ts';
import { loadOrderRecipient } from './load-order-recipient.ts';

export type ReturnUpdateStatus = z.infer<typeof returnEmailStatusSchema>;

/**
 * Tells the shopper where their return stands: requested, approved, rejected or received. One
 * email per return and status, for the status the return reached (even if it has moved on since:
 * each step of the way is news to the shopper). The merchant's note goes along when approving or
 * rejecting.
 */
export async function sendReturnUpdateEmail({
  db,
  tenantId,
  returnId,
  status,
  transport,
}: {
  db: TenantClient;
  tenantId: string;
  returnId: string;
  status: ReturnUpdateStatus;
  transport: EmailTransport;
}): Promise<NotificationResult> {
  const found = await db.return.findFirst({
    where: { id: returnId },
    select: {
      orderId: true,
      number: true,
      merchantNote: true,
      items: {
        orderBy: { id: 'asc' },
        select: { quantity: true, orderItem: { select: { name: true } } },
      },
    },
  });
  if (!found) throw notFound('Return');
  const recipient = await loadOrderRecipient({ db, tenantId, orderId: found.orderId });
  const withNote = status === 'approved' || status === 'rejected';
  return deliverStoreEmail({
    db,
    tenantId,
    transport,
    to: recipient.email,
    templateKey: 'return_update',
    idempotencyKey: `return-update:${returnId}:${status}`,
    data: {
      customerName: recipient.customerName,
      orderNumber: recipient.orderNumber,
      returnNumber: found.number,
      status,
      items: found.items.map((item) => ({ name: item.orderItem.name, quantity: item.quantity })),
      note: withNote ? (found.merchantNote ?? undefined) : undefined,
    },
  });
}
