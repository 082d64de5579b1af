import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import {
  startPayPalFake,
  startStripeFake,
  type PayPalFake,
  type StripeFake,
} from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { configurePayPal, configureStripe, testKeys } from './testing/payment-store.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const tenantId = () => storeA().tenantId;
const db = () => setup.database.forTenant(tenantId());

let stripe: StripeFake;
let paypal: PayPalFake;
beforeAll(async () => {
  [stripe, paypal] = await Promise.all([startStripeFake(), startPayPalFake()]);
  await configureStripe(db(), storeA(), stripe);
  await configurePayPal(db(), storeA(), paypal);
});
afterAll(async () => {
  await Promise.all([stripe.close(), paypal.close()]);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** `loadPaymentProvider` as the running app has it: no endpoint passed, only the environment. */
async function loadFromEnvironment(provider: 'stripe' | 'paypal') {
  vi.resetModules();
  const { loadPaymentProvider } = await import('../payment-settings/load-payment-provider.ts');
  return loadPaymentProvider({ db: db(), tenantId: tenantId(), provider, keys: testKeys });
}

const payment = {
  tenantId: 'tenant',
  orderId: 'order_env',
  orderNumber: '1',
  amount: 1999,
  currency: 'USD',
  capture: 'automatic' as const,
};

describe('provider endpoints from the environment', () => {
  it('send Stripe calls to STRIPE_API_BASE_URL', async () => {
    vi.stubEnv('STRIPE_API_BASE_URL', stripe.url);
    const provider = await loadFromEnvironment('stripe');
    const created = await provider.createPayment({ ...payment, idempotencyKey: 'env-stripe-1' });
    expect(stripe.state.paymentIntents.get(created.reference)).toMatchObject({ amount: 1999 });
  });

  it('send PayPal calls to PAYPAL_API_BASE_URL whatever the store environment', async () => {
    vi.stubEnv('PAYPAL_API_BASE_URL', paypal.url);
    const provider = await loadFromEnvironment('paypal');
    const created = await provider.createPayment({ ...payment, idempotencyKey: 'env-paypal-1' });
    expect(paypal.state.orders.get(created.reference)?.purchase_units[0]?.amount).toEqual({
      currency_code: 'USD',
      value: '19.99',
    });
  });
});
