import { describe, expect, it } from 'vitest';

import { describeMissingSteps, missingCheckoutSteps } from './checkout-steps.ts';

const complete = {
  email: 'sam@example.com',
  shippingAddress: { country: 'US' },
  shippingTierCode: 'standard',
  billingAddress: { country: 'US' },
  paymentProvider: 'manual',
};

describe('missingCheckoutSteps', () => {
  it('finds nothing missing in a complete checkout', () => {
    expect(missingCheckoutSteps(complete)).toEqual([]);
  });

  it('lists every missing step in the order they are asked for', () => {
    expect(
      missingCheckoutSteps({
        email: null,
        shippingAddress: null,
        shippingTierCode: null,
        billingAddress: null,
        paymentProvider: null,
      }),
    ).toEqual([
      'contact',
      'shipping_address',
      'shipping_tier',
      'billing_address',
      'payment_method',
    ]);
    expect(missingCheckoutSteps({ ...complete, shippingTierCode: null })).toEqual([
      'shipping_tier',
    ]);
  });
});

describe('describeMissingSteps', () => {
  it('names one step, or several joined as a sentence', () => {
    expect(describeMissingSteps(['payment_method'])).toBe(
      'Add a payment method before placing the order',
    );
    expect(describeMissingSteps(['contact', 'shipping_address', 'shipping_tier'])).toBe(
      'Add a contact email, a shipping address and a delivery option before placing the order',
    );
  });
});
