import { isPaymentError, type PaymentError } from '@storeloom/payments';

import { DomainError } from '../errors/domain-error.ts';

/** Who reads the message: shoppers are never told about the merchant's keys. */
export type PaymentAudience = 'shopper' | 'merchant';

/**
 * The one mapping from a provider failure to what the API answers. Declines are the shopper's
 * to fix (another card), key problems the merchant's, outages nobody's (try again later).
 */
export function paymentErrorToDomain(error: PaymentError, audience: PaymentAudience): DomainError {
  const details = { provider: error.provider, reason: error.code };
  switch (error.code) {
    case 'declined':
      return new DomainError('BAD_REQUEST', error.message, details);
    case 'provider_unavailable':
      return new DomainError('UNAVAILABLE', error.message, details);
    case 'not_configured':
    case 'authentication_failed':
      return new DomainError(
        'PRECONDITION_FAILED',
        audience === 'merchant'
          ? error.message
          : 'This payment method is unavailable right now; choose another one',
        details,
      );
    // unsupported_currency: the store's currency (or this amount of it) cannot go through the
    // provider; another method is needed, which a merchant and a shopper can both act on.
    case 'unknown_reference':
    case 'unsupported_currency':
      return new DomainError('PRECONDITION_FAILED', error.message, details);
    case 'refund_exceeds_captured':
      return new DomainError('CONFLICT', error.message, details);
    case 'invalid_request':
    case 'invalid_signature':
      return new DomainError('BAD_REQUEST', error.message, details);
  }
}

/** Runs a provider call, turning its PaymentError into the DomainError the caller can act on. */
export async function callProvider<T>(
  call: () => Promise<T>,
  audience: PaymentAudience,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isPaymentError(error)) throw paymentErrorToDomain(error, audience);
    throw error;
  }
}
