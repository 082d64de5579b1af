import { describe, expect, it } from 'vitest';

import { isPaymentError } from './payment-error.ts';
import type { PaymentError } from './payment-error.ts';
import {
  createPaymentProvider,
  isPaymentProviderId,
  isProviderConfigured,
  parsePaymentCredentials,
  paymentProviderRegistry,
} from './registry.ts';
import { paymentProviderIds } from './types.ts';

const stripeCredentials = {
  secretKey: 'sk_test_123',
  webhookSecret: 'whsec_123',
  publishableKey: 'pk_test_123',
};
const paypalCredentials = { clientId: 'client', clientSecret: 'secret', webhookId: 'WH123' };

function notConfigured(run: () => unknown): PaymentError {
  try {
    run();
  } catch (error) {
    if (isPaymentError(error)) {
      expect(error.code).toBe('not_configured');
      return error;
    }
    throw error;
  }
  throw new Error('Expected a not_configured PaymentError.');
}

describe('paymentProviderRegistry', () => {
  it('describes every provider id with its credential fields', () => {
    expect(Object.keys(paymentProviderRegistry).sort()).toEqual([...paymentProviderIds].sort());
    for (const id of paymentProviderIds) {
      const descriptor = paymentProviderRegistry[id];
      expect(descriptor.id).toBe(id);
      expect(descriptor.displayName).not.toBe('');
      for (const field of descriptor.credentialFields) {
        expect(field.label).not.toBe('');
      }
    }
    const secrets = paymentProviderRegistry.stripe.credentialFields
      .filter((field) => field.secret)
      .map((field) => field.name);
    expect(secrets).toEqual(['secretKey', 'webhookSecret']);
    expect(
      paymentProviderRegistry.paypal.credentialFields.find((field) => field.name === 'clientSecret')
        ?.secret,
    ).toBe(true);
  });

  it('recognises provider ids', () => {
    expect(isPaymentProviderId('stripe')).toBe(true);
    expect(isPaymentProviderId('bitcoin')).toBe(false);
    expect(isPaymentProviderId(undefined)).toBe(false);
  });
});

describe('createPaymentProvider', () => {
  it('builds each provider from complete credentials without a network call', () => {
    expect(createPaymentProvider('manual', {}).id).toBe('manual');
    expect(createPaymentProvider('stripe', stripeCredentials).id).toBe('stripe');
    expect(createPaymentProvider('paypal', paypalCredentials).id).toBe('paypal');
  });

  it('names the missing field by its label', () => {
    const { secretKey: _omitted, ...withoutSecret } = stripeCredentials;
    const error = notConfigured(() => createPaymentProvider('stripe', withoutSecret));
    expect(error.message).toBe(
      'Stripe is not configured: enter the Secret key in payment settings.',
    );
    expect(error.provider).toBe('stripe');
  });

  it('treats a blank value as missing', () => {
    const error = notConfigured(() =>
      createPaymentProvider('paypal', { ...paypalCredentials, clientSecret: '   ' }),
    );
    expect(error.message).toContain('Client secret');
  });

  it('rejects a key pasted into the wrong field', () => {
    const error = notConfigured(() =>
      createPaymentProvider('stripe', { ...stripeCredentials, secretKey: 'pk_test_123' }),
    );
    expect(error.message).toBe(
      'Stripe is not configured. The secret key starts with sk_ or rk_: copy it again from the Stripe dashboard.',
    );
  });

  it('rejects an unknown PayPal environment and defaults to sandbox', () => {
    const error = notConfigured(() =>
      createPaymentProvider('paypal', { ...paypalCredentials, environment: 'production' }),
    );
    expect(error.message).toContain('sandbox or live');
    expect(parsePaymentCredentials('paypal', paypalCredentials).environment).toBe('sandbox');
    expect(
      parsePaymentCredentials('paypal', { ...paypalCredentials, environment: 'live' }).environment,
    ).toBe('live');
  });

  it('rejects oversized values', () => {
    notConfigured(() => createPaymentProvider('manual', { instructions: 'x'.repeat(2001) }));
  });
});

describe('isProviderConfigured', () => {
  it('is true only when every required credential is present and well-formed', () => {
    expect(isProviderConfigured('manual', {})).toBe(true);
    expect(isProviderConfigured('stripe', stripeCredentials)).toBe(true);
    expect(isProviderConfigured('stripe', { ...stripeCredentials, webhookSecret: '' })).toBe(false);
    expect(isProviderConfigured('stripe', {})).toBe(false);
    expect(isProviderConfigured('paypal', paypalCredentials)).toBe(true);
    expect(isProviderConfigured('paypal', { clientId: 'client' })).toBe(false);
  });
});
