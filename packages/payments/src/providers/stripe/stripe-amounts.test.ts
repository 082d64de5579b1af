import { describe, expect, it } from 'vitest';

import { PaymentError } from '../../payment-error.ts';
import { fromStripeAmount, stripeCurrencyRule, toStripeAmount } from './stripe-amounts.ts';

describe('Stripe amounts', () => {
  it('sends two-decimal currencies as they are', () => {
    expect(toStripeAmount(1999, 'USD')).toBe(1999);
    expect(toStripeAmount(1999, 'eur')).toBe(1999);
    expect(fromStripeAmount(1999, 'usd')).toBe(1999);
  });

  it('sends zero-decimal currencies in whole units (minor units = whole units)', () => {
    for (const currency of ['JPY', 'KRW', 'VND', 'CLP', 'XOF', 'UGX']) {
      expect(stripeCurrencyRule(currency)).toEqual({ exponent: 0, step: 1 });
      expect(toStripeAmount(500, currency)).toBe(500);
      expect(fromStripeAmount(500, currency.toLowerCase())).toBe(500);
    }
  });

  it('writes currencies the platform keeps whole but Stripe writes with two decimals ×100', () => {
    // Intl (the platform's exponent) gives HUF and ISK no decimals; Stripe's API has two.
    expect(toStripeAmount(500, 'HUF')).toBe(50000);
    expect(fromStripeAmount(50000, 'huf')).toBe(500);
    expect(toStripeAmount(5, 'ISK')).toBe(500);
    expect(fromStripeAmount(500, 'isk')).toBe(5);
  });

  it('rounds fractions the platform cannot hold down when reading Stripe amounts', () => {
    expect(fromStripeAmount(12345, 'huf')).toBe(123);
  });

  it('keeps three-decimal currencies, refusing what Stripe cannot charge (last digit not 0)', () => {
    expect(toStripeAmount(5120, 'KWD')).toBe(5120);
    expect(fromStripeAmount(5120, 'kwd')).toBe(5120);
    const refused = (() => {
      try {
        return toStripeAmount(5124, 'KWD');
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(PaymentError);
    expect(refused).toMatchObject({
      code: 'unsupported_currency',
      provider: 'stripe',
      message: 'Stripe cannot charge 5.124 KWD: KWD amounts must be multiples of 0.010.',
    });
  });
});
