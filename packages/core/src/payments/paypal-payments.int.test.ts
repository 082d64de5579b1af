import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startPayPalFake, type PayPalFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import type { Shopper } from '../cart/shopper.ts';
import { refundOrder } from '../orders/refund-order.ts';
import { loadPaymentProvider } from '../payment-settings/load-payment-provider.ts';
import { receivePaymentWebhook } from './receive-payment-webhook.ts';
import { startOrderPayment } from './start-order-payment.ts';
import {
  configurePayPal,
  fakeOptions,
  ownerOf,
  placeOrderPaidWith,
  testKeys,
} from './testing/payment-store.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const tenantId = () => storeA().tenantId;
const db = () => setup.database.forTenant(tenantId());

let paypal: PayPalFake;
const access = () => ({ keys: testKeys, options: fakeOptions(paypal.url) });

beforeAll(async () => {
  paypal = await startPayPalFake();
  await configurePayPal(db(), storeA(), paypal);
});
afterAll(async () => {
  await paypal.close();
});

const pay = (orderId: string, shopper: Shopper) =>
  startOrderPayment({
    db: db(),
    tenantId: tenantId(),
    orderId,
    shopper,
    returnUrl: 'https://alpha.example/return',
    cancelUrl: 'https://alpha.example/cancel',
    ...access(),
  });

const deliver = (delivery: { rawBody: string; headers: Headers }) =>
  receivePaymentWebhook({
    db: db(),
    tenantId: tenantId(),
    provider: 'paypal',
    ...delivery,
    ...access(),
  });

const orderOf = (orderId: string) => db().order.findFirstOrThrow({ where: { id: orderId } });

describe('PayPal payments', () => {
  it('sends the shopper to approve, captures on their return, and refunds through PayPal', async () => {
    const placed = await placeOrderPaidWith(db(), storeA(), 'paypal');
    const first = await pay(placed.orderId, placed.shopper);
    expect(first).toMatchObject({
      provider: 'paypal',
      status: 'requires_action',
      nextAction: { type: 'redirect', url: expect.stringMatching(/^https?:\/\//) as string },
    });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const paypalOrderId = payment.providerReference ?? '';
    expect(paypal.state.orders.get(paypalOrderId)?.intent).toBe('CAPTURE');

    // Back before approving: the same PayPal order, the approval link again.
    expect((await pay(placed.orderId, placed.shopper)).nextAction.type).toBe('redirect');
    expect(paypal.state.orders.size).toBe(1);

    paypal.controls.approveOrder(paypalOrderId);
    const back = await pay(placed.orderId, placed.shopper);
    expect(back).toMatchObject({ status: 'captured', nextAction: { type: 'none' } });
    expect(await orderOf(placed.orderId)).toMatchObject({
      status: 'paid',
      paidTotal: placed.total,
    });

    // PayPal's capture webhook follows: nothing more happens.
    const completed = await deliver(
      paypal.webhookDelivery(paypal.events.captureCompleted(paypalOrderId)),
    );
    expect(completed.status).toBe('ignored');

    const refund = await refundOrder({
      db: db(),
      tenantId: tenantId(),
      actor: ownerOf(storeA()),
      orderId: placed.orderId,
      amount: 700,
      payments: access(),
    });
    expect(refund.providerReference).toEqual(expect.any(String));
    const refunded = await deliver(
      paypal.webhookDelivery(paypal.events.captureRefunded(paypalOrderId)),
    );
    expect(refunded.status).toBe('ignored');
    expect(await orderOf(placed.orderId)).toMatchObject({
      status: 'partially_refunded',
      refundedTotal: 700,
    });
  });

  it('records a capture from the webhook when our own capture call was lost', async () => {
    const placed = await placeOrderPaidWith(db(), storeA(), 'paypal', 1);
    await pay(placed.orderId, placed.shopper);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const paypalOrderId = payment.providerReference ?? '';
    paypal.controls.approveOrder(paypalOrderId);
    const provider = await loadPaymentProvider({
      db: db(),
      tenantId: tenantId(),
      provider: 'paypal',
      ...access(),
    });
    await provider.capturePayment({
      reference: paypalOrderId,
      currency: 'USD',
      idempotencyKey: 'lost-response',
    });
    const delivery = paypal.webhookDelivery(paypal.events.captureCompleted(paypalOrderId));
    expect((await deliver(delivery)).status).toBe('processed');
    expect((await deliver(delivery)).status).toBe('duplicate');
    expect(await orderOf(placed.orderId)).toMatchObject({
      status: 'paid',
      paidTotal: placed.total,
    });
    expect(await db().payment.count({ where: { orderId: placed.orderId } })).toBe(1);
  });

  it('rejects a delivery PayPal does not verify, recording nothing', async () => {
    const placed = await placeOrderPaidWith(db(), storeA(), 'paypal', 1);
    await pay(placed.orderId, placed.shopper);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    paypal.controls.approveOrder(payment.providerReference ?? '');
    await pay(placed.orderId, placed.shopper);
    const genuine = paypal.webhookDelivery(
      paypal.events.captureCompleted(payment.providerReference ?? ''),
    );
    const before = await db().webhookEvent.count();
    await expect(
      deliver({
        rawBody: genuine.rawBody.replace('COMPLETED', 'DECLINED'),
        headers: genuine.headers,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', details: { reason: 'invalid_signature' } });
    expect(await db().webhookEvent.count()).toBe(before);
  });
});
