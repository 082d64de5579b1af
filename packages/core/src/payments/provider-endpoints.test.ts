import { afterEach, describe, expect, it, vi } from 'vitest';

import { providerApiBaseUrl } from './provider-endpoints.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The core env as a fresh process would parse it. */
async function freshEnv() {
  vi.resetModules();
  return (await import('../env.ts')).env;
}

describe('payment provider endpoints', () => {
  it("default to Stripe's API and leave PayPal to each store's environment", async () => {
    vi.stubEnv('STRIPE_API_BASE_URL', '');
    vi.stubEnv('PAYPAL_API_BASE_URL', '');
    const env = await freshEnv();
    expect(providerApiBaseUrl('stripe', env)).toBe('https://api.stripe.com');
    expect(providerApiBaseUrl('paypal', env)).toBeUndefined();
    expect(providerApiBaseUrl('manual', env)).toBeUndefined();
  });

  it('come from STRIPE_API_BASE_URL and PAYPAL_API_BASE_URL', async () => {
    vi.stubEnv('STRIPE_API_BASE_URL', 'http://127.0.0.1:12111');
    vi.stubEnv('PAYPAL_API_BASE_URL', 'https://api-m.sandbox.paypal.com');
    const env = await freshEnv();
    expect(providerApiBaseUrl('stripe', env)).toBe('http://127.0.0.1:12111');
    expect(providerApiBaseUrl('paypal', env)).toBe('https://api-m.sandbox.paypal.com');
  });

  it('refuse a value that is not a URL', async () => {
    vi.stubEnv('STRIPE_API_BASE_URL', 'stripe.internal');
    await expect(freshEnv()).rejects.toThrow(/environment variables/i);
  });
});
