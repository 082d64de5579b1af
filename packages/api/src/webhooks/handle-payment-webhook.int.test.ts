import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadPaymentProvider, startOrderPayment } from '@storeloom/core';
import {
  configureStripe,
  fakeOptions,
  placeOrderPaidWith,
  testKeys,
} from '@storeloom/core/payments/testing/payment-store';
import { startStripeFake, type StripeFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { handlePaymentWebhook } from './handle-payment-webhook.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const storeB = () => setup.fixture.storeB;
const db = () => setup.database.forTenant(storeA().tenantId);

let stripe: StripeFake;
const access = () => ({ keys: testKeys, options: fakeOptions(stripe.url) });

beforeAll(async () => {
  stripe = await startStripeFake();
  await configureStripe(db(), storeA(), stripe);
});
afterAll(async () => {
  await stripe.close();
});

function post(
  delivery: { rawBody: string; headers: Headers },
  params = { provider: 'stripe', storeId: storeA().tenantId },
) {
  const request = new Request(
    `http://admin.localhost/api/webhooks/${params.provider}/${params.storeId}`,
    {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.rawBody,
    },
  );
  return handlePaymentWebhook(request, params, { database: setup.database, access: access() });
}

/** An order awaiting a Stripe payment the shopper has just completed in the browser. */
async function confirmedStripeOrder() {
  const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
  await startOrderPayment({
    db: db(),
    tenantId: storeA().tenantId,
    orderId: placed.orderId,
    shopper: placed.shopper,
    ...access(),
  });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  const intentId = payment.providerReference ?? '';
  stripe.controls.confirmPaymentIntent(intentId);
  return { ...placed, intentId };
}

const orderOf = (orderId: string) => db().order.findFirstOrThrow({ where: { id: orderId } });

describe('POST /api/webhooks/{provider}/{storeId}', () => {
  it('applies a signed event once and acknowledges every replay with 200', async () => {
    const placed = await confirmedStripeOrder();
    const delivery = stripe.signedWebhook(stripe.events.paymentIntentSucceeded(placed.intentId));
    const first = await post(delivery);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, status: 'processed' });
    for (let replay = 0; replay < 2; replay += 1) {
      const again = await post(delivery);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ received: true, status: 'duplicate' });
    }
    expect(await orderOf(placed.orderId)).toMatchObject({
      status: 'paid',
      paidTotal: placed.total,
    });
    expect(await db().payment.count({ where: { orderId: placed.orderId } })).toBe(1);
  });

  it('answers 400 to a bad signature and records nothing', async () => {
    const placed = await confirmedStripeOrder();
    const event = stripe.events.paymentIntentSucceeded(placed.intentId);
    const before = await db().webhookEvent.count();
    const forged = await post(stripe.signedWebhook(event, { secret: 'whsec_someone_else' }));
    expect(forged.status).toBe(400);
    const body: unknown = await forged.json();
    expect(body).toHaveProperty('error');
    const unsigned = await post({
      rawBody: JSON.stringify(event),
      headers: new Headers({ 'content-type': 'application/json' }),
    });
    expect(unsigned.status).toBe(400);
    expect(await db().webhookEvent.count()).toBe(before);
    expect((await orderOf(placed.orderId)).status).toBe('pending_payment');
  });

  it('answers 404 for an unknown store or provider, and for the wrong store', async () => {
    const placed = await confirmedStripeOrder();
    const delivery = stripe.signedWebhook(stripe.events.paymentIntentSucceeded(placed.intentId));
    expect((await post(delivery, { provider: 'stripe', storeId: 'no-such-store' })).status).toBe(
      404,
    );
    expect((await post(delivery, { provider: 'square', storeId: storeA().tenantId })).status).toBe(
      404,
    );
    expect((await post(delivery, { provider: 'manual', storeId: storeA().tenantId })).status).toBe(
      404,
    );
    expect((await post(delivery, { provider: 'stripe', storeId: '../../etc' })).status).toBe(404);
    // Store B has no Stripe keys: its endpoint refuses the delivery, and A's order is untouched.
    const other = await post(delivery, { provider: 'stripe', storeId: storeB().tenantId });
    expect(other.status).toBe(400);
    expect((await orderOf(placed.orderId)).status).toBe('pending_payment');
    expect(
      await db().webhookEvent.count({
        where: {
          type: 'payment_intent.succeeded',
          payload: { path: ['effect', 'reference'], equals: placed.intentId },
        },
      }),
    ).toBe(0);
  });

  it('answers 413 to an oversized body without reading it all', async () => {
    const placed = await confirmedStripeOrder();
    const delivery = stripe.signedWebhook(stripe.events.paymentIntentSucceeded(placed.intentId));
    const huge = { rawBody: delivery.rawBody + ' '.repeat(1024 * 1024), headers: delivery.headers };
    const response = await post(huge);
    expect(response.status).toBe(413);
    expect((await orderOf(placed.orderId)).status).toBe('pending_payment');
  });

  it.each([1, 42, 2026])(
    'has one effect when a scenario is delivered three times in shuffled order (seed %i)',
    async (seed) => {
      const placed = await confirmedStripeOrder();
      const failed = stripe.events.paymentIntentPaymentFailed(placed.intentId);
      const succeeded = stripe.events.paymentIntentSucceeded(placed.intentId);
      const atStripe = await loadPaymentProvider({
        db: db(),
        tenantId: storeA().tenantId,
        provider: 'stripe',
        ...access(),
      });
      await atStripe.refundPayment({
        reference: placed.intentId,
        amount: 800,
        currency: 'USD',
        idempotencyKey: `dashboard-${placed.intentId}`,
      });
      const refunded = stripe.events.chargeRefunded(placed.intentId);
      const deliveries = [failed, succeeded, refunded].flatMap((event) => {
        const signed = stripe.signedWebhook(event);
        return [signed, signed, signed];
      });
      for (const delivery of seededShuffle(deliveries, seed)) {
        expect((await post(delivery)).status).toBe(200);
      }
      expect(await orderOf(placed.orderId)).toMatchObject({
        status: 'partially_refunded',
        paidTotal: placed.total,
        refundedTotal: 800,
      });
      expect(
        await db().orderEvent.count({
          where: { orderId: placed.orderId, type: 'payment.captured' },
        }),
      ).toBe(1);
      expect(await db().refund.count({ where: { orderId: placed.orderId } })).toBe(1);
    },
  );
});

/** Fisher-Yates with a small LCG: the same order for a seed on every run. */
function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  for (let index = result.length - 1; index > 0; index -= 1) {
    const swap = Math.floor(random() * (index + 1));
    const current = result[index];
    const picked = result[swap];
    if (current === undefined || picked === undefined) continue;
    result[index] = picked;
    result[swap] = current;
  }
  return result;
}
