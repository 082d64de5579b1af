import { describe, expect, it } from 'vitest';

import { PaymentError, type PaymentErrorCode, paymentErrorCodes } from '@storeloom/payments';

import { callProvider, paymentErrorToDomain } from './payment-error-to-domain.ts';

const expected: Record<PaymentErrorCode, string> = {
  not_configured: 'PRECONDITION_FAILED',
  authentication_failed: 'PRECONDITION_FAILED',
  declined: 'BAD_REQUEST',
  unknown_reference: 'PRECONDITION_FAILED',
  refund_exceeds_captured: 'CONFLICT',
  invalid_request: 'BAD_REQUEST',
  provider_unavailable: 'UNAVAILABLE',
  invalid_signature: 'BAD_REQUEST',
  unsupported_currency: 'PRECONDITION_FAILED',
};

describe('paymentErrorToDomain', () => {
  it.each(paymentErrorCodes)('maps %s to the code a caller can act on', (code) => {
    const mapped = paymentErrorToDomain(new PaymentError(code, 'Message', 'stripe'), 'merchant');
    expect(mapped.code).toBe(expected[code]);
    expect(mapped.details).toEqual({ provider: 'stripe', reason: code });
  });

  it('tells a merchant about their key and a shopper only to choose another method', () => {
    const error = new PaymentError(
      'authentication_failed',
      'Stripe rejected the secret key: check it in payment settings',
      'stripe',
    );
    expect(paymentErrorToDomain(error, 'merchant').message).toBe(
      'Stripe rejected the secret key: check it in payment settings',
    );
    expect(paymentErrorToDomain(error, 'shopper').message).toBe(
      'This payment method is unavailable right now; choose another one',
    );
    expect(
      paymentErrorToDomain(
        new PaymentError('declined', 'Your card was declined.', 'stripe'),
        'shopper',
      ).message,
    ).toBe('Your card was declined.');
  });

  it('passes other errors through untouched', async () => {
    const bug = new TypeError('not a payment error');
    await expect(callProvider(() => Promise.reject(bug), 'merchant')).rejects.toBe(bug);
    await expect(
      callProvider(() => Promise.reject(new PaymentError('declined', 'No', 'paypal')), 'shopper'),
    ).rejects.toMatchObject({ name: 'DomainError', code: 'BAD_REQUEST', message: 'No' });
  });
});
