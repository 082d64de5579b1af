/**
 * Why a provider call failed, in terms a merchant (or shopper) can act on. The core maps these to
 * DomainError codes; the message never contains a secret.
 */
export const paymentErrorCodes = [
  /** Credentials missing or incomplete: the provider is unavailable in checkout. */
  'not_configured',
  /** The provider rejected our key: the merchant must fix the settings. */
  'authentication_failed',
  /** The card or account was declined: the shopper can try another method. */
  'declined',
  /** No payment with that reference at the provider. */
  'unknown_reference',
  /** A refund larger than what was captured and not yet refunded. */
  'refund_exceeds_captured',
  /** The request was malformed or not allowed in the payment's state. */
  'invalid_request',
  /** Timeouts, 429 and 5xx after every retry: try again later. */
  'provider_unavailable',
  /** A webhook whose signature or origin could not be verified. */
  'invalid_signature',
  /**
   * The provider does not take this currency, or not this amount of it (PayPal takes JPY, HUF
   * and TWD in whole units only): the store needs another payment method for it.
   */
  'unsupported_currency',
] as const;

export type PaymentErrorCode = (typeof paymentErrorCodes)[number];

export class PaymentError extends Error {
  constructor(
    readonly code: PaymentErrorCode,
    message: string,
    readonly provider: string,
    /** Provider's own code (e.g. Stripe `card_declined`, `insufficient_funds`), for support. */
    readonly providerCode?: string,
  ) {
    super(message);
    this.name = 'PaymentError';
  }
}

/** Recognised by shape, so copies of this module in separate Next.js bundles agree. */
export function isPaymentError(error: unknown): error is PaymentError {
  return (
    error instanceof Error &&
    error.name === 'PaymentError' &&
    'code' in error &&
    (paymentErrorCodes as readonly unknown[]).includes(error.code)
  );
}
