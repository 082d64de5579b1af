import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { startStripeFake, type StripeFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { refundOrder } from '../orders/refund-order.ts';
import { captureOrderPayment } from './capture-order-payment.ts';
import { receivePaymentWebhook } from './receive-payment-webhook.ts';
import { startOrderPayment } from './start-order-payment.ts';
import {
  configureStripe,
  fakeOptions,
  ownerOf,
  placeOrderPaidWith,
  testKeys,
} from './testing/payment-store.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const tenantId = () => storeA().tenantId;
const db = () => setup.database.forTenant(tenantId());

let stripe: StripeFake;
const access = () => ({ keys: testKeys, options: fakeOptions(stripe.url, 500) });

beforeAll(async () => {
  stripe = await startStripeFake();
  await configureStripe(db(), storeA(), stripe);
});
afterAll(async () => {
  await stripe.close();
});
beforeEach(() => {
  stripe.controls.reset();
});

async function startPayment(
  orderId: string,
  shopper: Awaited<ReturnType<typeof placeOrderPaidWith>>['shopper'],
) {
  return startOrderPayment({ db: db(), tenantId: tenantId(), orderId, shopper, ...access() });
}

function deliver(delivery: { rawBody: string; headers: Headers }) {
  return receivePaymentWebhook({
    db: db(),
    tenantId: tenantId(),
    provider: 'stripe',
    ...delivery,
    ...access(),
  });
}

const orderOf = (orderId: string) => db().order.findFirstOrThrow({ where: { id: orderId } });

describe('Stripe payments', () => {
  it('takes an order from placed to paid through a signed webhook, then refunds through Stripe', async () => {
    const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
    const action = await startPayment(placed.orderId, placed.shopper);
    expect(action).toMatchObject({
      provider: 'stripe',
      status: 'pending',
      nextAction: { type: 'confirm_card', publishableKey: stripe.publishableKey },
    });
    if (action.nextAction.type !== 'confirm_card') throw new Error('expected a card action');
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const intent = stripe.state.paymentIntents.get(payment.providerReference ?? '');
    expect(intent).toMatchObject({ amount: placed.total, currency: 'usd' });
    expect(action.nextAction.clientSecret).toBe(intent?.client_secret);

    // Resuming (a reload, a double click) reuses the same PaymentIntent.
    const again = await startPayment(placed.orderId, placed.shopper);
    expect(again.paymentId).toBe(action.paymentId);
    expect(stripe.state.paymentIntents.size).toBe(1);

    stripe.controls.confirmPaymentIntent(intent?.id ?? '');
    const receipt = await deliver(
      stripe.signedWebhook(stripe.events.paymentIntentSucceeded(intent?.id ?? '')),
    );
    expect(receipt.status).toBe('processed');
    expect(await orderOf(placed.orderId)).toMatchObject({
      status: 'paid',
      paymentStatus: 'paid',
      paidTotal: placed.total,
    });
    expect(await db().payment.findFirstOrThrow({ where: { id: payment.id } })).toMatchObject({
      status: 'captured',
      capturedAmount: placed.total,
    });
    expect(await db().payment.count({ where: { orderId: placed.orderId } })).toBe(1);

    // A partial refund goes back through Stripe with our idempotency key.
    const refund = await refundOrder({
      db: db(),
      tenantId: tenantId(),
      actor: ownerOf(storeA()),
      orderId: placed.orderId,
      amount: 1000,
      idempotencyKey: 'refund-e2e-1',
      payments: access(),
    });
    const atStripe = [...stripe.state.refunds.values()];
    expect(atStripe).toHaveLength(1);
    expect(refund).toMatchObject({
      amount: 1000,
      providerReference: atStripe[0]?.id,
      paymentId: payment.id,
    });
    // Retrying the same request refunds nothing more.
    await refundOrder({
      db: db(),
      tenantId: tenantId(),
      actor: ownerOf(storeA()),
      orderId: placed.orderId,
      amount: 1000,
      idempotencyKey: 'refund-e2e-1',
      payments: access(),
    });
    expect(stripe.state.refunds.size).toBe(1);

    // Stripe's own charge.refunded for that refund is not counted twice.
    const refunded = await deliver(
      stripe.signedWebhook(stripe.events.chargeRefunded(intent?.id ?? '')),
    );
    expect(refunded.status).toBe('ignored');
    expect(await orderOf(placed.orderId)).toMatchObject({
      status: 'partially_refunded',
      refundedTotal: 1000,
    });
    expect(await db().refund.count({ where: { orderId: placed.orderId } })).toBe(1);
  });

  it('refuses a refund beyond what was captured before calling Stripe, recording nothing', async () => {
    const { orderId, total } = await paidStripeOrder();
    const requestsBefore = stripe.state.requests.length;
    await expect(
      refundOrder({
        db: db(),
        tenantId: tenantId(),
        actor: ownerOf(storeA()),
        orderId,
        amount: total + 1,
        payments: access(),
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/at most/) as string,
    });
    expect(stripe.state.requests.length).toBe(requestsBefore);
    expect(await db().refund.count({ where: { orderId } })).toBe(0);
    expect((await orderOf(orderId)).refundedTotal).toBe(0);
  });

  it('leaves no refund when Stripe fails, and says so', async () => {
    const { orderId } = await paidStripeOrder();
    stripe.controls.failNext(5, 500);
    await expect(
      refundOrder({
        db: db(),
        tenantId: tenantId(),
        actor: ownerOf(storeA()),
        orderId,
        amount: 500,
        payments: access(),
      }),
    ).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(await db().refund.count({ where: { orderId } })).toBe(0);
    expect((await orderOf(orderId)).refundedTotal).toBe(0);
  });

  it('answers a declined card with a 4xx the shopper can act on, writing no payment', async () => {
    const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
    stripe.controls.declineNext('insufficient_funds');
    await expect(startPayment(placed.orderId, placed.shopper)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/declined/i) as string,
    });
    expect(await db().payment.count({ where: { orderId: placed.orderId } })).toBe(0);
    expect((await orderOf(placed.orderId)).status).toBe('pending_payment');
  });

  it('answers a provider timeout with UNAVAILABLE, writing no payment', async () => {
    const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
    stripe.controls.delayNext(5, 1_500);
    await expect(startPayment(placed.orderId, placed.shopper)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    });
    expect(await db().payment.count({ where: { orderId: placed.orderId } })).toBe(0);
  });

  it('records a failed payment, lets a later success win, and ignores a failure after it', async () => {
    const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
    await startPayment(placed.orderId, placed.shopper);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const intentId = payment.providerReference ?? '';
    stripe.controls.failPaymentIntent(intentId, 'insufficient_funds');
    const failed = stripe.signedWebhook(stripe.events.paymentIntentPaymentFailed(intentId));
    expect((await deliver(failed)).status).toBe('processed');
    expect(await db().payment.findFirstOrThrow({ where: { id: payment.id } })).toMatchObject({
      status: 'failed',
      failureCode: expect.any(String) as string,
    });
    expect(
      await db().domainEvent.count({
        where: { type: 'payment.failed', payload: { path: ['paymentId'], equals: payment.id } },
      }),
    ).toBe(1);

    stripe.controls.confirmPaymentIntent(intentId);
    await deliver(stripe.signedWebhook(stripe.events.paymentIntentSucceeded(intentId)));
    const lateFailure = stripe.signedWebhook(stripe.events.paymentIntentPaymentFailed(intentId));
    expect((await deliver(lateFailure)).status).toBe('ignored');
    expect(await db().payment.findFirstOrThrow({ where: { id: payment.id } })).toMatchObject({
      status: 'captured',
      failureCode: null,
    });
    expect((await orderOf(placed.orderId)).status).toBe('paid');
  });

  it('rejects a bad signature with BAD_REQUEST and records nothing', async () => {
    const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
    await startPayment(placed.orderId, placed.shopper);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    stripe.controls.confirmPaymentIntent(payment.providerReference ?? '');
    const event = stripe.events.paymentIntentSucceeded(payment.providerReference ?? '');
    const forged = stripe.signedWebhook(event, { secret: 'whsec_not_the_store_secret' });
    const eventsBefore = await db().webhookEvent.count();
    await expect(deliver(forged)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      details: { reason: 'invalid_signature' },
    });
    const genuine = stripe.signedWebhook(event);
    await expect(
      deliver({
        rawBody: genuine.rawBody.replace(String(placed.total), '1'),
        headers: genuine.headers,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await db().webhookEvent.count()).toBe(eventsBefore);
    expect((await orderOf(placed.orderId)).status).toBe('pending_payment');
  });

  it('records an event for an unknown payment as failed, with no effect', async () => {
    const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
    await startPayment(placed.orderId, placed.shopper);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    // The intent exists at Stripe but this store never recorded it (another platform's payment).
    await db().payment.update({
      where: { id: payment.id },
      data: { providerReference: 'pi_elsewhere' },
    });
    stripe.controls.confirmPaymentIntent(payment.providerReference ?? '');
    const event = stripe.events.paymentIntentSucceeded(payment.providerReference ?? '');
    const receipt = await deliver(stripe.signedWebhook(event));
    expect(receipt).toMatchObject({
      status: 'failed',
      message: `No Stripe payment ${payment.providerReference ?? ''} in this store`,
    });
    expect(
      await db().webhookEvent.findFirstOrThrow({ where: { eventId: event.id } }),
    ).toMatchObject({ status: 'failed', error: receipt.message });
    expect((await orderOf(placed.orderId)).status).toBe('pending_payment');
    // A replay is acknowledged, still without effect.
    expect((await deliver(stripe.signedWebhook(event))).status).toBe('duplicate');
  });

  it('applies parallel duplicate deliveries once', async () => {
    const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
    await startPayment(placed.orderId, placed.shopper);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    stripe.controls.confirmPaymentIntent(payment.providerReference ?? '');
    const delivery = stripe.signedWebhook(
      stripe.events.paymentIntentSucceeded(payment.providerReference ?? ''),
    );
    const receipts = await Promise.all(Array.from({ length: 6 }, () => deliver(delivery)));
    expect(receipts.filter((r) => r.status === 'processed')).toHaveLength(1);
    expect(receipts.filter((r) => r.status === 'duplicate')).toHaveLength(5);
    expect(await orderOf(placed.orderId)).toMatchObject({
      status: 'paid',
      paidTotal: placed.total,
    });
    expect(
      await db().orderEvent.count({ where: { orderId: placed.orderId, type: 'payment.captured' } }),
    ).toBe(1);
  });

  it('authorises in manual capture mode and captures when the merchant says so', async () => {
    await configureStripe(db(), storeA(), stripe, 'manual');
    try {
      const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
      await startPayment(placed.orderId, placed.shopper);
      const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
      const intent = stripe.controls.confirmPaymentIntent(payment.providerReference ?? '');
      expect(intent.status).toBe('requires_capture');
      const captured = await captureOrderPayment({
        db: db(),
        tenantId: tenantId(),
        actor: ownerOf(storeA()),
        orderId: placed.orderId,
        ...access(),
      });
      expect(captured).toMatchObject({
        status: 'paid',
        paidTotal: placed.total,
        paymentId: payment.id,
      });
      // The webhook that follows the capture changes nothing.
      const receipt = await deliver(
        stripe.signedWebhook(stripe.events.paymentIntentSucceeded(intent.id)),
      );
      expect(receipt.status).toBe('ignored');
      await expect(
        captureOrderPayment({
          db: db(),
          tenantId: tenantId(),
          actor: ownerOf(storeA()),
          orderId: placed.orderId,
          ...access(),
        }),
      ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
      expect(
        await db().auditLog.count({
          where: { action: 'order.capture_payment', targetId: placed.orderId },
        }),
      ).toBe(1);
    } finally {
      await configureStripe(db(), storeA(), stripe, 'automatic');
    }
  });
});

/** An order paid with Stripe through the webhook. */
async function paidStripeOrder() {
  const placed = await placeOrderPaidWith(db(), storeA(), 'stripe');
  await startPayment(placed.orderId, placed.shopper);
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  stripe.controls.confirmPaymentIntent(payment.providerReference ?? '');
  await deliver(
    stripe.signedWebhook(stripe.events.paymentIntentSucceeded(payment.providerReference ?? '')),
  );
  return { orderId: placed.orderId, total: placed.total, paymentId: payment.id };
}
