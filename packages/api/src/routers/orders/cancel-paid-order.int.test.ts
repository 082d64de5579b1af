import { afterAll, describe, expect, it, vi } from 'vitest';

import { receivePaymentWebhook, startOrderPayment } from '@storeloom/core';
import {
  configureStripe,
  placeOrderPaidWith,
  testKeys,
} from '@storeloom/core/payments/testing/payment-store';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

// The app reaches Stripe where STRIPE_API_BASE_URL says: here, a local fake started before any
// module reads the environment.
const stripe = await vi.hoisted(async () => {
  const { startStripeFake } = await import('@storeloom/testing');
  const fake = await startStripeFake();
  process.env.STRIPE_API_BASE_URL = fake.url;
  return fake;
});
afterAll(() => stripe.close());

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const tenantId = () => store().tenantId;
const db = () => setup.database.forTenant(tenantId());
const as = (role: 'admin' | 'staff') =>
  callerFor(setup.database, { session: sessionFor(store().members[role], tenantId()) });

describe('orders.cancel on an order paid by card', () => {
  it('refunds the payment at Stripe (reached through STRIPE_API_BASE_URL) and cancels', async () => {
    await configureStripe(db(), store(), stripe);
    const placed = await placeOrderPaidWith(db(), store(), 'stripe');
    // No endpoint passed anywhere: the environment's is used.
    await startOrderPayment({
      db: db(),
      tenantId: tenantId(),
      orderId: placed.orderId,
      shopper: placed.shopper,
      keys: testKeys,
    });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const intentId = payment.providerReference ?? '';
    stripe.controls.confirmPaymentIntent(intentId);
    await receivePaymentWebhook({
      db: db(),
      tenantId: tenantId(),
      provider: 'stripe',
      ...stripe.signedWebhook(stripe.events.paymentIntentSucceeded(intentId)),
      keys: testKeys,
    });

    await expect(
      as('staff').orders.cancel({ orderId: placed.orderId, reason: 'Out of stock' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const cancelled = await as('admin').orders.cancel({
      orderId: placed.orderId,
      reason: 'Out of stock',
    });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      paymentStatus: 'refunded',
      refundedTotal: placed.total,
    });
    const atStripe = [...stripe.state.refunds.values()];
    expect(atStripe).toEqual([
      expect.objectContaining({ payment_intent: intentId, amount: placed.total }),
    ]);
  });
});
