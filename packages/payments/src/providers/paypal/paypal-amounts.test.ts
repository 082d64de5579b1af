import { describe, expect, it } from 'vitest';

import { paypalAmount, paypalDecimals } from './paypal-amounts.ts';

describe('PayPal amounts', () => {
  it('writes two-decimal currencies with two decimals', () => {
    expect(paypalAmount(2599, 'eur')).toEqual({ currency_code: 'EUR', value: '25.99' });
    expect(paypalAmount(5, 'USD')).toEqual({ currency_code: 'USD', value: '0.05' });
  });

  it('writes JPY, HUF and TWD as whole amounts', () => {
    expect(paypalDecimals('JPY')).toBe(0);
    expect(paypalAmount(500, 'JPY')).toEqual({ currency_code: 'JPY', value: '500' });
    expect(paypalAmount(12000, 'HUF')).toEqual({ currency_code: 'HUF', value: '12000' });
    // The platform keeps TWD in cents (Intl); PayPal takes whole dollars.
    expect(paypalAmount(123400, 'TWD')).toEqual({ currency_code: 'TWD', value: '1234' });
  });

  it('refuses a TWD amount with cents rather than rounding it', () => {
    expect(() => paypalAmount(123450, 'TWD')).toThrow(
      expect.objectContaining({
        name: 'PaymentError',
        code: 'unsupported_currency',
        message: 'PayPal takes TWD in whole units only: 1234.50 TWD cannot be sent to PayPal.',
      }),
    );
  });

  it('refuses currencies PayPal does not take', () => {
    expect(paypalDecimals('KWD')).toBeNull();
    expect(() => paypalAmount(1000, 'KWD')).toThrow(
      expect.objectContaining({
        code: 'unsupported_currency',
        message:
          'PayPal does not take payments in KWD: offer another payment method for this store.',
      }),
    );
    expect(() => paypalAmount(1000, 'ISK')).toThrow(/does not take payments in ISK/);
  });
});
