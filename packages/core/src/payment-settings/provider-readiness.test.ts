import { describe, expect, it } from 'vitest';

import { defaultPaymentSettings } from '@storeloom/validators';

import { providerReadiness, publicCredentialValues } from './provider-readiness.ts';

const withStripeKey = (publishableKey: string | null) => ({
  ...defaultPaymentSettings,
  stripe: { publishableKey },
});

describe('providerReadiness', () => {
  it('needs no credentials for manual payments', () => {
    expect(providerReadiness(defaultPaymentSettings, 'manual', new Set())).toEqual({
      configured: true,
      missing: [],
      invalid: [],
    });
  });

  it('lists the labels of missing secrets and public values', () => {
    expect(providerReadiness(withStripeKey(null), 'stripe', new Set(['secretKey']))).toEqual({
      configured: false,
      missing: ['Webhook signing secret', 'Publishable key'],
      invalid: [],
    });
    expect(
      providerReadiness(defaultPaymentSettings, 'paypal', new Set(['clientSecret'])).missing,
    ).toEqual(['Client ID', 'Webhook ID']);
  });

  it('is configured with every field, and not with a malformed public key', () => {
    const secrets = new Set(['secretKey', 'webhookSecret']);
    expect(providerReadiness(withStripeKey('pk_test_123'), 'stripe', secrets).configured).toBe(
      true,
    );
    expect(providerReadiness(withStripeKey('sk_test_123'), 'stripe', secrets)).toMatchObject({
      configured: false,
      invalid: ['The publishable key starts with pk_: copy it again from the Stripe dashboard.'],
    });
  });

  it('hands the provider only the public values that are set', () => {
    expect(publicCredentialValues(defaultPaymentSettings, 'paypal')).toEqual({
      environment: 'sandbox',
    });
    expect(publicCredentialValues(defaultPaymentSettings, 'manual')).toEqual({});
  });
});
