import type { TenantClient } from '@storeloom/db';
import { isPaymentError, type PaymentProvider } from '@storeloom/payments';

import { paymentErrorToDomain } from './payment-error-to-domain.ts';
import type { OrderPaymentAction } from './payment-next-action.ts';
import type { Prepared } from './prepare-order-payment.ts';
import { recordProviderCapture } from './record-provider-capture.ts';

/**
 * A shopper back from approving a PayPal order: the capture is ours to make. Not approved yet
 * (PayPal answers invalid_request): null, and the approval link is returned again.
 */
export async function completeApprovedPayment(
  db: TenantClient,
  tenantId: string,
  provider: PaymentProvider,
  prepared: Extract<Prepared, { kind: 'provider' }>,
): Promise<OrderPaymentAction | null> {
  const { open, order } = prepared;
  if (!open?.providerReference) return null;
  const reference = open.providerReference;
  let capturedAmount: number;
  try {
    ({ capturedAmount } = await provider.capturePayment({
      reference,
      currency: order.currency,
      idempotencyKey: `capture:${open.id}`,
    }));
  } catch (error) {
    if (isPaymentError(error) && error.code === 'invalid_request') return null;
    if (isPaymentError(error)) throw paymentErrorToDomain(error, 'shopper');
    throw error;
  }
  if (capturedAmount === 0) return null;
  await db.$transaction((tx) =>
    recordProviderCapture(tx, {
      tenantId,
      orderId: order.id,
      paymentId: open.id,
      provider: prepared.provider,
      amount: capturedAmount,
      actorId: null,
    }),
  );
  return {
    orderId: order.id,
    provider: prepared.provider,
    paymentId: open.id,
    status: 'captured',
    nextAction: { type: 'none' },
  };
}
