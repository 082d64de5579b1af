import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { cancelOrder } from '../orders/cancel-order.ts';
import { loadPaymentProvider } from '../payment-settings/load-payment-provider.ts';
import { receivePaymentWebhook } from './receive-payment-webhook.ts';
import { startOrderPayment } from './start-order-payment.ts';
import { ownerOf, placeOrderPaidWith } from './testing/payment-store.ts';
import { useProviderFakes } from './testing/provider-fakes.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const tenantId = () => storeA().tenantId;
const db = () => setup.database.forTenant(tenantId());

const fakes = useProviderFakes(storeA, db);
const { stripeAccess, paypalAccess } = fakes;

type Delivery = { rawBody: string; headers: Headers };

const deliverTo = (provider: 'stripe' | 'paypal', delivery: Delivery) =>
  receivePaymentWebhook({
    db: db(),
    tenantId: tenantId(),
    provider,
    ...delivery,
    ...(provider === 'stripe' ? stripeAccess() : paypalAccess()),
  });

/** Checkout gave up waiting: the unpaid order is cancelled, its stock released. */
const cancelUnpaid = (orderId: string) =>
  cancelOrder({
    db: db(),
    tenantId: tenantId(),
    actor: ownerOf(storeA()),
    orderId,
    reason: 'No payment arrived in time',
  });

/**
 * A card payment started, the order cancelled (checkout timed out), then the shopper's card
 * went through after all: Stripe reports a failed attempt and the success.
 */
async function stripeLatePayment() {
  const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
  await startOrderPayment({
    db: db(),
    tenantId: tenantId(),
    orderId: placed.orderId,
    shopper: placed.shopper,
    ...stripeAccess(),
  });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  const intentId = payment.providerReference ?? '';
  await cancelUnpaid(placed.orderId);
  fakes.stripe.controls.failPaymentIntent(intentId, 'insufficient_funds');
  const failed = fakes.stripe.events.paymentIntentPaymentFailed(intentId);
  fakes.stripe.controls.confirmPaymentIntent(intentId);
  const succeeded = fakes.stripe.events.paymentIntentSucceeded(intentId);
  return {
    ...placed,
    paymentId: payment.id,
    intentId,
    deliveries: [failed, succeeded].map((event) => fakes.stripe.signedWebhook(event)),
  };
}

/** What a compensated payment leaves: one refund of all of it, the order still cancelled. */
async function expectCompensatedOnce(story: { orderId: string; paymentId: string; total: number }) {
  expect(await db().order.findFirstOrThrow({ where: { id: story.orderId } })).toMatchObject({
    status: 'cancelled',
    paymentStatus: 'refunded',
    paidTotal: story.total,
    refundedTotal: story.total,
  });
  expect(await db().payment.findFirstOrThrow({ where: { id: story.paymentId } })).toMatchObject({
    status: 'refunded',
    capturedAmount: story.total,
    refundedAmount: story.total,
  });
  const refunds = await db().refund.findMany({ where: { orderId: story.orderId } });
  expect(refunds).toEqual([
    expect.objectContaining({
      amount: story.total,
      paymentId: story.paymentId,
      idempotencyKey: `compensate:${story.paymentId}`,
      reason: 'Paid after the order was cancelled',
    }),
  ]);
  expect(
    await db().auditLog.count({
      where: { action: 'payment.compensated', targetId: story.paymentId },
    }),
  ).toBe(1);
  expect(
    await db().orderEvent.count({
      where: { orderId: story.orderId, type: 'payment.captured_after_cancel' },
    }),
  ).toBe(1);
  // Never revived: no capture announced, no stock sold.
  expect(
    await db().domainEvent.count({
      where: { type: 'payment.captured', payload: { path: ['orderId'], equals: story.orderId } },
    }),
  ).toBe(0);
  expect(
    await db().inventoryTransaction.count({
      where: { reason: 'sale', referenceType: 'Order', referenceId: story.orderId },
    }),
  ).toBe(0);
  return refunds[0];
}

describe('a payment that succeeds for a cancelled order', () => {
  it('is refunded through Stripe exactly once, whatever the order and number of deliveries', async () => {
    // 2 events, each delivered three times: a permutation of the 6 deliveries.
    const slots = Array.from({ length: 6 }, (_, index) => index);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(slots, { minLength: 6, maxLength: 6 }),
        async (order) => {
          const story = await stripeLatePayment();
          for (const slot of order) {
            const delivery = story.deliveries[slot % 2];
            if (!delivery) throw new Error('no such delivery');
            await deliverTo('stripe', delivery);
          }

          const atStripe = [...fakes.stripe.state.refunds.values()].filter(
            (refund) => refund.payment_intent === story.intentId,
          );
          expect(atStripe).toHaveLength(1);
          expect(atStripe[0]?.amount).toBe(story.total);
          const refund = await expectCompensatedOnce(story);
          expect(refund?.providerReference).toBe(atStripe[0]?.id);
          const events = await db().webhookEvent.findMany({
            where: { payload: { path: ['effect', 'reference'], equals: story.intentId } },
          });
          expect(events).toHaveLength(2);
          expect(events.filter((e) => e.status === 'received')).toEqual([]);

          // Stripe's charge.refunded for the compensation changes nothing more.
          const refunded = fakes.stripe.signedWebhook(
            fakes.stripe.events.chargeRefunded(story.intentId),
          );
          for (let time = 0; time < 3; time += 1) await deliverTo('stripe', refunded);
          await expectCompensatedOnce(story);
        },
      ),
      { numRuns: 4, seed: 20_261_205 },
    );
  });

  it('refunds once when duplicates of the success arrive in parallel', async () => {
    const story = await stripeLatePayment();
    const succeeded = story.deliveries[1];
    if (!succeeded) throw new Error('no success delivery');
    const receipts = await Promise.all([1, 2, 3].map(() => deliverTo('stripe', succeeded)));
    expect(receipts.map((r) => r.status).sort()).toEqual(['duplicate', 'duplicate', 'processed']);
    expect(
      [...fakes.stripe.state.refunds.values()].filter((r) => r.payment_intent === story.intentId),
    ).toHaveLength(1);
    await expectCompensatedOnce(story);
  });

  it('keeps the event for the next delivery when Stripe cannot be reached, then refunds once', async () => {
    const story = await stripeLatePayment();
    const succeeded = story.deliveries[1];
    if (!succeeded) throw new Error('no success delivery');
    fakes.stripe.controls.failNext(10, 503);
    await expect(deliverTo('stripe', succeeded)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    const event = await db().webhookEvent.findFirstOrThrow({
      where: {
        type: 'payment_intent.succeeded',
        payload: { path: ['effect', 'reference'], equals: story.intentId },
      },
    });
    expect(event.status).toBe('received');
    expect(await db().refund.count({ where: { orderId: story.orderId } })).toBe(0);
    expect(await db().order.findFirstOrThrow({ where: { id: story.orderId } })).toMatchObject({
      status: 'cancelled',
      paidTotal: 0,
    });

    fakes.stripe.controls.reset();
    expect((await deliverTo('stripe', succeeded)).status).toBe('processed');
    await expectCompensatedOnce(story);
  });

  it('is refunded through PayPal exactly once when its capture is reported after the cancel', async () => {
    const placed = await placeOrderPaidWith(db(), storeA(), 'paypal');
    await startOrderPayment({
      db: db(),
      tenantId: tenantId(),
      orderId: placed.orderId,
      shopper: placed.shopper,
      returnUrl: 'https://alpha.example/return',
      ...paypalAccess(),
    });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const paypalOrderId = payment.providerReference ?? '';
    // The shopper approved and PayPal captured, but our capture's answer never came back.
    fakes.paypal.controls.approveOrder(paypalOrderId);
    const atPayPal = await loadPaymentProvider({
      db: db(),
      tenantId: tenantId(),
      provider: 'paypal',
      ...paypalAccess(),
    });
    await atPayPal.capturePayment({
      reference: paypalOrderId,
      currency: 'USD',
      idempotencyKey: `capture:${payment.id}`,
    });
    await cancelUnpaid(placed.orderId);

    const completed = fakes.paypal.webhookDelivery(
      fakes.paypal.events.captureCompleted(paypalOrderId),
    );
    const another = fakes.paypal.webhookDelivery(
      fakes.paypal.events.captureCompleted(paypalOrderId),
    );
    const receipts = [];
    for (const delivery of [completed, another, completed, another, completed, another]) {
      receipts.push((await deliverTo('paypal', delivery)).status);
    }
    expect(receipts.filter((status) => status === 'processed')).toHaveLength(1);

    const refunds =
      fakes.paypal.state.orders.get(paypalOrderId)?.purchase_units[0]?.payments?.refunds;
    expect(refunds).toHaveLength(1);
    expect(refunds?.[0]?.amount.value).toBe((placed.total / 100).toFixed(2));
    const refund = await expectCompensatedOnce({ ...placed, paymentId: payment.id });
    expect(refund?.providerReference).toBe(refunds?.[0]?.id);
  });
});
