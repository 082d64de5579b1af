import type { PaymentProvider, TenantTransaction } from '@storeloom/db';
import type { PaymentEventEffect } from '@storeloom/payments';

import { recordRefund } from '../orders/record-refund.ts';
import { providerDisplayName } from '../payment-settings/provider-readiness.ts';
import type { AppliedEvent } from './applied-event.ts';
import { assertSameCurrency, paymentByReference } from './payment-by-reference.ts';

/**
 * The provider reports a payment's cumulative refunded total. Only the part beyond what is
 * already recorded for the payment is recorded, so a merchant's refund followed by its webhook,
 * replays, and older events arriving after newer ones change nothing. A refund reported before
 * the payment's success waits (deferred) and is applied right after the success.
 */
export async function applyPaymentRefunded(
  tx: TenantTransaction,
  {
    tenantId,
    provider,
    eventId,
    effect,
  }: {
    tenantId: string;
    provider: PaymentProvider;
    eventId: string;
    effect: Extract<PaymentEventEffect, { kind: 'payment_refunded' }>;
  },
): Promise<AppliedEvent> {
  const payment = await paymentByReference(tx, provider, effect.reference);
  if (payment.capturedAmount === 0) return { status: 'deferred', note: null };
  assertSameCurrency(payment, effect.currency);
  const delta = effect.refundedTotal - payment.refundedAmount;
  if (delta <= 0) return { status: 'ignored', note: 'The refund is already recorded' };

  // Our own refund already carries this reference: the extra amount is another refund.
  const known = effect.refundReference
    ? await tx.refund.findFirst({
        where: { paymentId: payment.id, providerReference: effect.refundReference },
        select: { id: true },
      })
    : null;
  await recordRefund(tx, {
    tenantId,
    orderId: payment.orderId,
    amount: delta,
    reason: `Refunded in ${providerDisplayName(provider)}`,
    idempotencyKey: `${provider}:${eventId}`,
    paymentId: payment.id,
    providerRefund: { reference: known ? null : effect.refundReference, status: 'succeeded' },
    actorId: null,
    moveStatus: true,
  });
  return { status: 'processed', note: null };
}
