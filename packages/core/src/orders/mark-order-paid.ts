import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { auditRecordedPayment } from './audit-recorded-payment.ts';
import { lockOrder } from './lock-order.ts';
import { recordCapturedPayment } from './record-captured-payment.ts';

/**
 * The merchant received the money outside the platform (bank transfer, cash): a captured manual
 * payment for what is left to pay. The order lock makes a double click wait and then find the
 * order paid, so the money is recorded once; an order with nothing to pay just becomes paid.
 */
export async function markOrderPaid({
  db,
  tenantId,
  actor,
  orderId,
  reference,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  orderId: string;
  reference?: string | null;
}) {
  return db.$transaction(async (tx) => {
    const before = await lockOrder(tx, tenantId, orderId);
    const amount = before.total - before.paidTotal;
    const result = await recordCapturedPayment(tx, {
      tenantId,
      orderId,
      provider: 'manual',
      amount,
      idempotencyKey: `manual:${orderId}:${before.paidTotal}`,
      providerReference: reference ?? null,
      actorId: actor.id,
    });
    return auditRecordedPayment(tx, {
      tenantId,
      actor,
      action: 'order.mark_paid',
      before,
      paymentId: result.paymentId,
      created: result.created,
    });
  });
}
