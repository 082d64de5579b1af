import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startStripeFake, type StripeFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { loadPaymentProvider } from '../payment-settings/load-payment-provider.ts';
import { receivePaymentWebhook } from './receive-payment-webhook.ts';
import { startOrderPayment } from './start-order-payment.ts';
import {
  configureStripe,
  fakeOptions,
  placeOrderPaidWith,
  testKeys,
} from './testing/payment-store.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const tenantId = () => storeA().tenantId;
const db = () => setup.database.forTenant(tenantId());

let stripe: StripeFake;
const access = () => ({ keys: testKeys, options: fakeOptions(stripe.url) });

beforeAll(async () => {
  stripe = await startStripeFake();
  await configureStripe(db(), storeA(), stripe);
});
afterAll(async () => {
  await stripe.close();
});

/**
 * One order's payment story as Stripe reports it: a failed attempt, the success, and two refunds
 * made in the Stripe dashboard (the second one refunding `secondRefund`). Returns the signed
 * deliveries and what the order should end with.
 */
async function paymentStory(secondRefund: 'partial' | 'rest') {
  const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
  await startOrderPayment({
    db: db(),
    tenantId: tenantId(),
    orderId: placed.orderId,
    shopper: placed.shopper,
    ...access(),
  });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  const intentId = payment.providerReference ?? '';
  stripe.controls.failPaymentIntent(intentId, 'insufficient_funds');
  const failed = stripe.events.paymentIntentPaymentFailed(intentId);
  stripe.controls.confirmPaymentIntent(intentId);
  const succeeded = stripe.events.paymentIntentSucceeded(intentId);

  const atStripe = await loadPaymentProvider({
    db: db(),
    tenantId: tenantId(),
    provider: 'stripe',
    ...access(),
  });
  const refund = (amount: number, key: string) =>
    atStripe.refundPayment({ reference: intentId, amount, currency: 'USD', idempotencyKey: key });
  await refund(1000, `dashboard-1-${intentId}`);
  const firstRefund = stripe.events.chargeRefunded(intentId);
  const second = secondRefund === 'rest' ? placed.total - 1000 : 500;
  await refund(second, `dashboard-2-${intentId}`);
  const secondRefundEvent = stripe.events.chargeRefunded(intentId);

  const deliveries = [failed, succeeded, firstRefund, secondRefundEvent].map((event) =>
    stripe.signedWebhook(event),
  );
  return {
    orderId: placed.orderId,
    paymentId: payment.id,
    intentId,
    total: placed.total,
    refunded: 1000 + second,
    deliveries,
  };
}

describe('payment webhooks delivered repeatedly and out of order', () => {
  it('have one effect whatever the order: one capture, the right refunds and status', async () => {
    // 4 events, each delivered three times: a permutation of the 12 deliveries.
    const slots = Array.from({ length: 12 }, (_, index) => index);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(slots, { minLength: 12, maxLength: 12 }),
        fc.constantFrom('partial' as const, 'rest' as const),
        async (order, secondRefund) => {
          const story = await paymentStory(secondRefund);
          for (const slot of order) {
            const delivery = story.deliveries[slot % 4];
            if (!delivery) throw new Error('no such delivery');
            await receivePaymentWebhook({
              db: db(),
              tenantId: tenantId(),
              provider: 'stripe',
              ...delivery,
              ...access(),
            });
          }

          const orderRow = await db().order.findFirstOrThrow({ where: { id: story.orderId } });
          expect(orderRow).toMatchObject({
            paidTotal: story.total,
            refundedTotal: story.refunded,
            status: secondRefund === 'rest' ? 'refunded' : 'partially_refunded',
          });
          expect(
            await db().orderEvent.count({
              where: { orderId: story.orderId, type: 'payment.captured' },
            }),
          ).toBe(1);
          expect(
            await db().payment.findFirstOrThrow({ where: { id: story.paymentId } }),
          ).toMatchObject({
            status: secondRefund === 'rest' ? 'refunded' : 'partially_refunded',
            capturedAmount: story.total,
            refundedAmount: story.refunded,
          });
          const refunds = await db().refund.findMany({ where: { orderId: story.orderId } });
          expect(refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(story.refunded);
          const events = await db().webhookEvent.findMany({
            where: { payload: { path: ['effect', 'reference'], equals: story.intentId } },
          });
          expect(events).toHaveLength(4);
          expect(events.filter((e) => e.status === 'received')).toEqual([]);
          // Stock held for the order was sold exactly once.
          expect(
            await db().inventoryTransaction.count({
              where: { reason: 'sale', referenceType: 'Order', referenceId: story.orderId },
            }),
          ).toBe(1);
        },
      ),
      { numRuns: 6, seed: 20_261_122 },
    );
  });
});
