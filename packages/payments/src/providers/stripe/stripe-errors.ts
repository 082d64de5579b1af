import Stripe from 'stripe';

import { PaymentError } from '../../payment-error.ts';

export type StripeOperation = 'create' | 'capture' | 'refund';

/**
 * Stripe's errors in the platform's terms, with messages a merchant or shopper can act on. Errors
 * that are not Stripe's (a bug of ours) pass through unchanged.
 */
export function toPaymentError(
  error: unknown,
  operation: StripeOperation,
  reference?: string,
): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  const fail = (code: PaymentError['code'], message: string) =>
    new PaymentError(code, message, 'stripe', error.decline_code ?? error.code);

  if (error instanceof Stripe.errors.StripeAuthenticationError) {
    return fail(
      'authentication_failed',
      'Stripe rejected the secret key: check it in payment settings.',
    );
  }
  if (error instanceof Stripe.errors.StripePermissionError) {
    return fail(
      'authentication_failed',
      'The Stripe key may not do this: use the secret key, or a restricted key with write access to PaymentIntents and Refunds.',
    );
  }
  if (error instanceof Stripe.errors.StripeCardError) {
    return fail('declined', 'The card was declined. Try another card or payment method.');
  }
  if (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    (error.statusCode !== undefined && error.statusCode >= 500)
  ) {
    return fail(
      'provider_unavailable',
      'Stripe is not answering right now. Try again in a few minutes.',
    );
  }
  if (error.code === 'resource_missing') {
    return fail(
      'unknown_reference',
      reference
        ? `Stripe has no payment ${reference} for this account: check that the keys belong to the account that took it.`
        : 'Stripe has no such payment for this account.',
    );
  }
  if (
    operation === 'refund' &&
    (error.code === 'charge_already_refunded' ||
      error.code === 'amount_too_large' ||
      error.param === 'amount')
  ) {
    return fail(
      'refund_exceeds_captured',
      'The refund is larger than what is left to refund on this payment.',
    );
  }
  if (error instanceof Stripe.errors.StripeIdempotencyError) {
    return fail('invalid_request', 'Stripe already received this request with different details.');
  }
  return fail('invalid_request', `Stripe refused the request: ${error.message}`);
}
