import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { receivePaymentWebhook } from '../payments/receive-payment-webhook.ts';
import { startOrderPayment } from '../payments/start-order-payment.ts';
import { ownerOf, placeOrderPaidWith } from '../payments/testing/payment-store.ts';
import { placeOrderPaidWithStripe, useProviderFakes } from '../payments/testing/provider-fakes.ts';
import { cancelOrder } from './cancel-order.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const tenantId = () => storeA().tenantId;
const db = () => setup.database.forTenant(tenantId());

const fakes = useProviderFakes(storeA, db);
const { stripeAccess, paypalAccess } = fakes;

const cancel = (orderId: string, access = stripeAccess(), reason = 'Customer asked') =>
  cancelOrder({
    db: db(),
    tenantId: tenantId(),
    actor: ownerOf(storeA()),
    orderId,
    reason,
    payments: access,
  });

const paidStripeOrder = () => placeOrderPaidWithStripe(db(), storeA(), fakes);

/** A PayPal order the shopper approved and the platform captured on their return. */
async function paidPayPalOrder() {
  const placed = await placeOrderPaidWith(db(), storeA(), 'paypal');
  const pay = () =>
    startOrderPayment({
      db: db(),
      tenantId: tenantId(),
      orderId: placed.orderId,
      shopper: placed.shopper,
      returnUrl: 'https://alpha.example/return',
      ...paypalAccess(),
    });
  await pay();
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  const paypalOrderId = payment.providerReference ?? '';
  fakes.paypal.controls.approveOrder(paypalOrderId);
  await pay();
  return { ...placed, paymentId: payment.id, paypalOrderId };
}

/** Everything a cancellation may change, to prove a refused one changed nothing. */
async function snapshot(orderId: string, variantId: string) {
  return JSON.stringify({
    order: await db().order.findFirstOrThrow({
      where: { id: orderId },
      select: { status: true, paymentStatus: true, paidTotal: true, refundedTotal: true },
    }),
    payments: await db().payment.findMany({
      where: { orderId },
      select: { status: true, refundedAmount: true },
    }),
    refunds: await db().refund.count({ where: { orderId } }),
    levels: await db().inventoryLevel.findMany({
      where: { variantId },
      select: { onHand: true, reserved: true },
    }),
    cancelled: await db().domainEvent.count({
      where: { type: 'order.cancelled', payload: { path: ['orderId'], equals: orderId } },
    }),
  });
}

const stripeRefundsOf = (intentId: string) =>
  [...fakes.stripe.state.refunds.values()].filter((refund) => refund.payment_intent === intentId);

describe('cancelling an order paid through Stripe', () => {
  it('refunds the payment at Stripe once, records it, puts the stock back and cancels', async () => {
    const order = await paidStripeOrder();
    const onHandBefore = await db().inventoryLevel.findFirstOrThrow({
      where: { variantId: order.variantId },
    });

    const cancelled = await cancel(order.orderId);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      paymentStatus: 'refunded',
      refundedTotal: order.total,
    });
    const atStripe = stripeRefundsOf(order.intentId);
    expect(atStripe).toHaveLength(1);
    expect(atStripe[0]).toMatchObject({ amount: order.total, status: 'succeeded' });
    expect(
      fakes.stripe.state.requests
        .filter((r) => r.path === '/v1/refunds')
        .map((r) => r.idempotencyKey),
    ).toContain(`cancel:${order.orderId}:${order.paymentId}`);
    expect(await db().refund.findMany({ where: { orderId: order.orderId } })).toEqual([
      expect.objectContaining({
        amount: order.total,
        paymentId: order.paymentId,
        providerReference: atStripe[0]?.id,
        status: 'succeeded',
      }),
    ]);
    expect(await db().payment.findFirstOrThrow({ where: { id: order.paymentId } })).toMatchObject({
      status: 'refunded',
      refundedAmount: order.total,
    });
    const onHandAfter = await db().inventoryLevel.findFirstOrThrow({
      where: { variantId: order.variantId },
    });
    expect(onHandAfter.onHand).toBe(onHandBefore.onHand + 2);

    // Stripe's charge.refunded for that refund is not counted again.
    const receipt = await receivePaymentWebhook({
      db: db(),
      tenantId: tenantId(),
      provider: 'stripe',
      ...fakes.stripe.signedWebhook(fakes.stripe.events.chargeRefunded(order.intentId)),
      ...stripeAccess(),
    });
    expect(receipt.status).toBe('ignored');
    expect(await db().order.findFirstOrThrow({ where: { id: order.orderId } })).toMatchObject({
      status: 'cancelled',
      refundedTotal: order.total,
    });

    // Cancelling again is refused before Stripe is asked anything.
    const requests = fakes.stripe.state.requests.length;
    await expect(cancel(order.orderId)).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'This order is already cancelled',
    });
    expect(fakes.stripe.state.requests.length).toBe(requests);
    expect(stripeRefundsOf(order.intentId)).toHaveLength(1);
  });

  it('leaves the order as it was when Stripe is down, with an error saying so', async () => {
    const order = await paidStripeOrder();
    const before = await snapshot(order.orderId, order.variantId);
    fakes.stripe.controls.failNext(10, 503);

    await expect(cancel(order.orderId)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message:
        'The order was not cancelled: Stripe did not refund the payment. Stripe is not answering right now. Try again in a few minutes.',
      details: expect.objectContaining({
        provider: 'stripe',
        paymentId: order.paymentId,
      }) as Record<string, unknown>,
    });
    expect(await snapshot(order.orderId, order.variantId)).toBe(before);
    expect(stripeRefundsOf(order.intentId)).toEqual([]);
  });

  it('refunds once when a cancel whose answer was lost is made again, in other words', async () => {
    const order = await paidStripeOrder();
    const before = await snapshot(order.orderId, order.variantId);
    // Stripe refunds, but neither the answer nor the SDK's retry answer arrives in time.
    fakes.stripe.controls.delayNext(2, 1_500);
    await expect(cancel(order.orderId)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(stripeRefundsOf(order.intentId)).toHaveLength(1);
    expect(await snapshot(order.orderId, order.variantId)).toBe(before);

    const cancelled = await cancel(order.orderId, stripeAccess(), 'Customer asked again');
    expect(cancelled).toMatchObject({ status: 'cancelled', refundedTotal: order.total });
    expect(stripeRefundsOf(order.intentId)).toHaveLength(1);
    expect(await db().refund.count({ where: { orderId: order.orderId } })).toBe(1);
  });
});

describe('cancelling an order paid through PayPal', () => {
  const paypalRefunds = (paypalOrderId: string) =>
    fakes.paypal.state.orders.get(paypalOrderId)?.purchase_units[0]?.payments?.refunds ?? [];

  it('refunds the capture at PayPal once and cancels; a replay refunds nothing more', async () => {
    const order = await paidPayPalOrder();
    const cancelled = await cancel(order.orderId, paypalAccess());
    expect(cancelled).toMatchObject({ status: 'cancelled', refundedTotal: order.total });
    const refunds = paypalRefunds(order.paypalOrderId);
    expect(refunds).toHaveLength(1);
    expect(await db().refund.findFirstOrThrow({ where: { orderId: order.orderId } })).toMatchObject(
      { amount: order.total, providerReference: refunds[0]?.id },
    );

    await expect(cancel(order.orderId, paypalAccess())).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    const refunded = await receivePaymentWebhook({
      db: db(),
      tenantId: tenantId(),
      provider: 'paypal',
      ...fakes.paypal.webhookDelivery(fakes.paypal.events.captureRefunded(order.paypalOrderId)),
      ...paypalAccess(),
    });
    expect(refunded.status).toBe('ignored');
    expect(paypalRefunds(order.paypalOrderId)).toHaveLength(1);
    expect(await db().refund.count({ where: { orderId: order.orderId } })).toBe(1);
  });

  it('leaves the order as it was when PayPal is down', async () => {
    const order = await paidPayPalOrder();
    const before = await snapshot(order.orderId, order.variantId);
    fakes.paypal.controls.failNext(10, 500);
    await expect(cancel(order.orderId, paypalAccess())).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(
        /^The order was not cancelled: PayPal did not refund/,
      ) as string,
    });
    expect(await snapshot(order.orderId, order.variantId)).toBe(before);
    expect(paypalRefunds(order.paypalOrderId)).toEqual([]);
  });
});
