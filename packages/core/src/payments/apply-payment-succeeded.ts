import type { PaymentProvider, TenantTransaction } from '@storeloom/db';
import type { PaymentEventEffect } from '@storeloom/payments';

import { isDomainError } from '../errors/domain-error.ts';
import { recordCapturedPayment } from '../orders/record-captured-payment.ts';
import type { AppliedEvent, CompensationNeeded } from './applied-event.ts';
import { applyPaymentRefunded } from './apply-payment-refunded.ts';
import { assertSameCurrency, paymentByReference } from './payment-by-reference.ts';
import { storedRefundEffectOf } from './webhook-events.ts';

/**
 * The provider took the money: the payment row becomes captured through recordCapturedPayment
 * (the order paid once covered, its stock sold). A success after a failure wins. Refund events
 * that arrived first are applied right after, in the same transaction. Money for an order that
 * was cancelled meanwhile is not recorded here: the caller refunds it (`compensate`).
 */
export async function applyPaymentSucceeded(
  tx: TenantTransaction,
  {
    tenantId,
    provider,
    effect,
  }: {
    tenantId: string;
    provider: PaymentProvider;
    effect: Extract<PaymentEventEffect, { kind: 'payment_succeeded' }>;
  },
): Promise<AppliedEvent | CompensationNeeded> {
  const payment = await paymentByReference(tx, provider, effect.reference);
  if (payment.capturedAmount > 0) {
    return { status: 'ignored', note: 'The payment was already captured' };
  }
  assertSameCurrency(payment, effect.currency);
  const order = await tx.order.findFirstOrThrow({
    where: { id: payment.orderId },
    select: { status: true },
  });
  if (order.status === 'cancelled') {
    // Checkout gave up on the order (a timeout) before the money came: it goes back, the order
    // stays cancelled.
    return {
      status: 'compensate',
      note: 'The order was cancelled before the payment arrived; the payment is refunded',
      payment: {
        paymentId: payment.id,
        orderId: payment.orderId,
        provider,
        reference: effect.reference,
        amount: effect.amount,
        currency: payment.currency,
      },
    };
  }
  await recordCapturedPayment(tx, {
    tenantId,
    orderId: payment.orderId,
    provider,
    amount: effect.amount,
    idempotencyKey: payment.idempotencyKey,
    paymentId: payment.id,
    providerReference: effect.reference,
    actorId: null,
  });
  await applyDeferredRefunds(tx, { tenantId, provider, reference: effect.reference });
  return { status: 'processed', note: null };
}

/**
 * Refund events of this payment kept as received. Each applies inside a savepoint, so one that
 * cannot apply is marked failed without undoing the capture.
 */
export async function applyDeferredRefunds(
  tx: TenantTransaction,
  {
    tenantId,
    provider,
    reference,
  }: { tenantId: string; provider: PaymentProvider; reference: string },
) {
  const waiting = await tx.webhookEvent.findMany({
    where: {
      provider,
      status: 'received',
      payload: { path: ['effect', 'reference'], equals: reference },
    },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    select: { id: true, eventId: true, payload: true },
  });
  for (const event of waiting) {
    const effect = storedRefundEffectOf(event.payload);
    if (!effect || effect.reference !== reference) continue;
    await tx.$queryRaw`
      SELECT "id" FROM "WebhookEvent" WHERE "id" = ${event.id} AND "tenantId" = ${tenantId} FOR UPDATE`;
    await tx.$executeRaw`SAVEPOINT deferred_refund`;
    let status: 'processed' | 'ignored' | 'received' | 'failed';
    let note: string | null;
    try {
      const applied = await applyPaymentRefunded(tx, {
        tenantId,
        provider,
        eventId: event.eventId,
        effect,
      });
      await tx.$executeRaw`RELEASE SAVEPOINT deferred_refund`;
      status = applied.status === 'deferred' ? 'received' : applied.status;
      note = applied.note;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT deferred_refund`;
      status = 'failed';
      note = error.message;
    }
    if (status === 'received') continue;
    await tx.webhookEvent.update({
      where: { id: event.id },
      data: { status, error: note, processedAt: new Date() },
    });
  }
}
