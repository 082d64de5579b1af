import type { TenantClient, TenantTransaction } from '@storeloom/db';
import type { PaymentProvider } from '@storeloom/payments';

import { systemActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { DomainError, isDomainError } from '../errors/domain-error.ts';
import { lockOrder } from '../orders/lock-order.ts';
import { addOrderEvent } from '../orders/order-timeline.ts';
import { recordRefund } from '../orders/record-refund.ts';
import { providerDisplayName } from '../payment-settings/provider-readiness.ts';
import { formatAmount } from '../pricing/format-amount.ts';
import type { LatePayment } from './applied-event.ts';
import { applyDeferredRefunds } from './apply-payment-succeeded.ts';
import { callProvider } from './payment-error-to-domain.ts';
import type { WebhookReceipt } from './receive-payment-webhook.ts';
import { lockWebhookEvent } from './webhook-events.ts';

const refundReason = 'Paid after the order was cancelled';

/**
 * A payment that succeeded for an order already cancelled (checkout timed out, then the provider
 * said succeeded): the money goes back through the provider, exactly once, and the order stays
 * cancelled. The refund's idempotency key comes from the payment, so every delivery of the event
 * (replays, parallel duplicates, the provider's retries after a 503) asks for the same refund and
 * the provider makes it once; the first delivery to record it marks the event processed, the
 * others answer `duplicate`. A provider that cannot be reached propagates (the endpoint answers
 * 503 and the provider delivers again); any other refusal goes on the order's timeline for the
 * merchant and fails the event.
 */
export async function compensateLatePayment({
  db,
  tenantId,
  provider,
  eventId,
  late,
}: {
  db: TenantClient;
  tenantId: string;
  provider: PaymentProvider;
  eventId: string;
  late: LatePayment;
}): Promise<WebhookReceipt> {
  const idempotencyKey = `compensate:${late.paymentId}`;
  let refund: { reference: string; status: 'pending' | 'succeeded' };
  try {
    const refunded = await callProvider(
      () =>
        provider.refundPayment({
          reference: late.reference,
          amount: late.amount,
          currency: late.currency,
          idempotencyKey,
          reason: refundReason,
        }),
      'merchant',
    );
    if (refunded.status === 'failed') {
      throw new DomainError(
        'CONFLICT',
        `${providerDisplayName(late.provider)} refused the refund`,
        { provider: late.provider },
      );
    }
    refund = { reference: refunded.refundReference, status: refunded.status };
  } catch (error) {
    if (isDomainError(error) && error.code !== 'UNAVAILABLE') {
      await noteRefundRefused(db, tenantId, late, error.message);
    }
    throw error;
  }

  return db.$transaction(async (tx) => {
    await lockOrder(tx, tenantId, late.orderId);
    const row = await lockWebhookEvent(tx, { tenantId, provider: late.provider, eventId });
    if (!row || row.status !== 'received') return { eventId, status: 'duplicate', message: null };
    await recordCompensation(tx, { tenantId, late, refund, idempotencyKey });
    // Refund events that arrived first (this very refund's, usually) now find the payment.
    await applyDeferredRefunds(tx, {
      tenantId,
      provider: late.provider,
      reference: late.reference,
    });
    const note = 'The order was cancelled before the payment arrived; the payment was refunded';
    await tx.webhookEvent.update({
      where: { id: row.id },
      data: { status: 'processed', error: note, processedAt: new Date() },
    });
    return { eventId, status: 'processed', message: note };
  });
}

/**
 * The money came and went back: the payment is captured and refunded, the order's paid and
 * refunded totals both rise by it, and the order stays cancelled (no `payment.captured`, no
 * stock sold). Audited as the system's action.
 */
async function recordCompensation(
  tx: TenantTransaction,
  {
    tenantId,
    late,
    refund,
    idempotencyKey,
  }: {
    tenantId: string;
    late: LatePayment;
    refund: { reference: string; status: 'pending' | 'succeeded' };
    idempotencyKey: string;
  },
) {
  const name = providerDisplayName(late.provider);
  const order = await tx.order.update({
    where: { id: late.orderId },
    data: { paidTotal: { increment: late.amount } },
    select: { currency: true, status: true },
  });
  await tx.payment.update({
    where: { id: late.paymentId },
    data: {
      status: 'captured',
      capturedAmount: late.amount,
      providerReference: late.reference,
      failureCode: null,
      failureMessage: null,
    },
  });
  await addOrderEvent(tx, {
    tenantId,
    orderId: late.orderId,
    type: 'payment.captured_after_cancel',
    message: `Payment of ${formatAmount(late.amount, order.currency)} received (${name}) after the order was cancelled; it is refunded`,
    data: { paymentId: late.paymentId, amount: late.amount, provider: late.provider },
  });
  const { refund: recorded } = await recordRefund(tx, {
    tenantId,
    orderId: late.orderId,
    amount: late.amount,
    reason: refundReason,
    idempotencyKey,
    paymentId: late.paymentId,
    providerRefund: refund,
    actorId: null,
    moveStatus: false,
  });
  await recordAudit(tx, {
    tenantId,
    actor: systemActor,
    action: 'payment.compensated',
    targetType: 'Payment',
    targetId: late.paymentId,
    before: { orderStatus: order.status, capturedAmount: 0 },
    after: {
      orderId: late.orderId,
      amount: late.amount,
      provider: late.provider,
      refundId: recorded.id,
      providerReference: refund.reference,
    },
  });
}

/** The provider refused to give the money back: the merchant has to, and the timeline says so. */
async function noteRefundRefused(
  db: TenantClient,
  tenantId: string,
  late: LatePayment,
  reason: string,
) {
  const name = providerDisplayName(late.provider);
  await db.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, late.orderId);
    await addOrderEvent(tx, {
      tenantId,
      orderId: late.orderId,
      type: 'payment.compensation_failed',
      message: `A payment of ${formatAmount(late.amount, order.currency)} arrived after the order was cancelled and could not be refunded through ${name}: ${reason}. Refund it in ${name}.`,
      data: { paymentId: late.paymentId, amount: late.amount, provider: late.provider },
    });
    await recordAudit(tx, {
      tenantId,
      actor: systemActor,
      action: 'payment.compensation_failed',
      targetType: 'Payment',
      targetId: late.paymentId,
      after: { orderId: late.orderId, amount: late.amount, provider: late.provider, reason },
    });
  });
}
