import type { PaymentProvider, TenantTransaction } from '@storeloom/db';
import type { PaymentEventEffect } from '@storeloom/payments';

import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { addOrderEvent } from '../orders/order-timeline.ts';
import { providerDisplayName } from '../payment-settings/provider-readiness.ts';
import type { AppliedEvent } from './applied-event.ts';
import { paymentByReference } from './payment-by-reference.ts';

/**
 * A payment attempt failed (card declined, PayPal capture denied). A failure reported after the
 * payment was captured is ignored: the success stands, whatever order the events came in.
 */
export async function applyPaymentFailed(
  tx: TenantTransaction,
  {
    tenantId,
    provider,
    effect,
  }: {
    tenantId: string;
    provider: PaymentProvider;
    effect: Extract<PaymentEventEffect, { kind: 'payment_failed' }>;
  },
): Promise<AppliedEvent> {
  const payment = await paymentByReference(tx, provider, effect.reference);
  if (payment.capturedAmount > 0) {
    return { status: 'ignored', note: 'The payment was already captured' };
  }
  const order = await tx.order.findFirstOrThrow({
    where: { id: payment.orderId },
    select: { status: true },
  });
  // Nobody is asked to pay a cancelled order again (payment.failed sends a pay link).
  if (order.status === 'cancelled') return { status: 'ignored', note: 'The order is cancelled' };
  const code = effect.code.slice(0, 100);
  const message = effect.message.slice(0, 500);
  await tx.payment.update({
    where: { id: payment.id },
    data: { status: 'failed', failureCode: code, failureMessage: message },
  });
  await addOrderEvent(tx, {
    tenantId,
    orderId: payment.orderId,
    type: 'payment.failed',
    message: `Payment failed (${providerDisplayName(provider)}): ${message}`,
    data: { paymentId: payment.id, code },
  });
  await emitDomainEvent(tx, tenantId, 'payment.failed', {
    paymentId: payment.id,
    orderId: payment.orderId,
    code,
    message,
  });
  return { status: 'processed', note: null };
}
