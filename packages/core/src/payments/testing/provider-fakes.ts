import { afterAll, beforeAll, beforeEach } from 'vitest';

import type { TenantClient } from '@storeloom/db';
import type { PaymentProviderOptions } from '@storeloom/payments';
import {
  startPayPalFake,
  startStripeFake,
  type PayPalFake,
  type StoreFixture,
  type StripeFake,
} from '@storeloom/testing';

import { receivePaymentWebhook } from '../receive-payment-webhook.ts';
import { startOrderPayment } from '../start-order-payment.ts';
import {
  configurePayPal,
  configureStripe,
  fakeOptions,
  placeOrderPaidWith,
  testKeys,
} from './payment-store.ts';

interface FakeAccess {
  keys: typeof testKeys;
  options: PaymentProviderOptions;
}

/** The provider fakes of one test file, with the access that points providers at them. */
export interface ProviderFakes {
  readonly stripe: StripeFake;
  readonly paypal: PayPalFake;
  /** A short timeout so a provider that does not answer fails the call quickly. */
  readonly stripeAccess: () => FakeAccess;
  readonly paypalAccess: () => FakeAccess;
}

/**
 * Test support: starts the Stripe and PayPal fakes for the file, enables both on the store, and
 * resets their controls (declines, outages) before each test.
 */
export function useProviderFakes(store: () => StoreFixture, db: () => TenantClient) {
  let stripe: StripeFake | undefined;
  let paypal: PayPalFake | undefined;
  const started = <T>(fake: T | undefined): T => {
    if (!fake) throw new Error('The provider fakes start in beforeAll');
    return fake;
  };
  beforeAll(async () => {
    [stripe, paypal] = await Promise.all([startStripeFake(), startPayPalFake()]);
    await configureStripe(db(), store(), stripe);
    await configurePayPal(db(), store(), paypal);
  });
  afterAll(async () => {
    await Promise.all([stripe?.close(), paypal?.close()]);
  });
  beforeEach(() => {
    stripe?.controls.reset();
    paypal?.controls.reset();
  });
  const fakes: ProviderFakes = {
    get stripe() {
      return started(stripe);
    },
    get paypal() {
      return started(paypal);
    },
    stripeAccess: () => ({ keys: testKeys, options: fakeOptions(started(stripe).url, 500) }),
    paypalAccess: () => ({
      keys: testKeys,
      options: { ...fakeOptions(started(paypal).url, 500), retryBaseDelayMs: 1 },
    }),
  };
  return fakes;
}

/** Test support: a guest's order paid in the browser and confirmed by Stripe's signed webhook. */
export async function placeOrderPaidWithStripe(
  db: TenantClient,
  store: StoreFixture,
  fakes: ProviderFakes,
) {
  const placed = await placeOrderPaidWith(db, store, 'stripe');
  await startOrderPayment({
    db,
    tenantId: store.tenantId,
    orderId: placed.orderId,
    shopper: placed.shopper,
    ...fakes.stripeAccess(),
  });
  const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  const intentId = payment.providerReference ?? '';
  fakes.stripe.controls.confirmPaymentIntent(intentId);
  await receivePaymentWebhook({
    db,
    tenantId: store.tenantId,
    provider: 'stripe',
    ...fakes.stripe.signedWebhook(fakes.stripe.events.paymentIntentSucceeded(intentId)),
    ...fakes.stripeAccess(),
  });
  return { ...placed, paymentId: payment.id, intentId };
}
