import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import type { Actor } from '../audit/actor.ts';
import type { Shopper } from '../cart/shopper.ts';
import { createShipment } from '../orders/create-shipment.ts';
import { markShipmentDelivered } from '../orders/mark-shipment-delivered.ts';
import { receivePaymentWebhook } from '../payments/receive-payment-webhook.ts';
import { startOrderPayment } from '../payments/start-order-payment.ts';
import { placeOrderPaidWith } from '../payments/testing/payment-store.ts';
import { placeOrderPaidWithStripe, useProviderFakes } from '../payments/testing/provider-fakes.ts';
import { approveExchange } from './approve-exchange.ts';
import { approveReturn } from './approve-return.ts';
import { receiveReturn } from './receive-return.ts';
import { refundReceivedReturn } from './refund-received-return.ts';
import { refundReturn } from './refund-return.ts';
import { requestReturn } from './request-return.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const tenantId = () => store().tenantId;
const db = () => setup.database.forTenant(tenantId());
const admin = (): Actor => ({ type: 'user', id: store().members.admin.userId });
const ctx = () => ({ db: db(), tenantId: tenantId(), actor: admin() });

const fakes = useProviderFakes(store, db);
const { stripeAccess, paypalAccess } = fakes;

const paidWithStripe = () => placeOrderPaidWithStripe(db(), store(), fakes);

/** The same through PayPal: approval, then the capture when the shopper comes back. */
async function paidWithPayPal() {
  const placed = await placeOrderPaidWith(db(), store(), 'paypal');
  const pay = (shopper: Shopper) =>
    startOrderPayment({
      db: db(),
      tenantId: tenantId(),
      orderId: placed.orderId,
      shopper,
      returnUrl: 'https://alpha.example/return',
      cancelUrl: 'https://alpha.example/cancel',
      ...paypalAccess(),
    });
  await pay(placed.shopper);
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  fakes.paypal.controls.approveOrder(payment.providerReference ?? '');
  await pay(placed.shopper);
  return { ...placed, paypalOrderId: payment.providerReference ?? '' };
}

/** Ships and delivers the order, then one of its units comes back: requested, approved, received. */
async function receivedReturnOf(orderId: string) {
  const order = await db().order.findFirstOrThrow({ where: { id: orderId } });
  const [line] = await db().orderItem.findMany({ where: { orderId } });
  if (!line || !order.customerId) throw new Error('a line and a customer expected');
  const shipment = await createShipment({
    ...ctx(),
    orderId,
    carrier: 'UPS',
    trackingNumber: '1Z999',
    items: [{ orderItemId: line.id, quantity: line.quantity }],
  });
  await markShipmentDelivered({ ...ctx(), shipmentId: shipment.id });
  const requested = await requestReturn({
    db: db(),
    tenantId: tenantId(),
    customer: { id: order.customerId, ordersVisibleSince: null },
    orderId,
    items: [{ orderItemId: line.id, quantity: 1 }],
    reason: 'Too small',
  });
  await approveReturn({ ...ctx(), returnId: requested.id });
  await receiveReturn({ ...ctx(), returnId: requested.id, restock: true });
  return { returnId: requested.id, line, unitValue: line.total / line.quantity };
}

/** The fake keeps every refund of the file's tests: those of one PaymentIntent. */
const stripeRefundsOf = (intentId: string) =>
  [...fakes.stripe.state.refunds.values()].filter((refund) => refund.payment_intent === intentId);

const orderOf = (orderId: string) => db().order.findFirstOrThrow({ where: { id: orderId } });

describe('refunding a return paid through Stripe', () => {
  it('refunds the returned units at Stripe once, records it and marks the return refunded', async () => {
    const { orderId, intentId } = await paidWithStripe();
    const { returnId, unitValue } = await receivedReturnOf(orderId);

    const refunded = await refundReturn({
      ...ctx(),
      returnId,
      full: true,
      idempotencyKey: 'return-refund-stripe',
      payments: stripeAccess(),
    });

    const atStripe = stripeRefundsOf(intentId);
    expect(atStripe).toEqual([
      expect.objectContaining({ amount: unitValue, payment_intent: intentId }),
    ]);
    expect(refunded).toMatchObject({ status: 'refunded', refundAmount: unitValue });
    expect(refunded.refund).toMatchObject({
      amount: unitValue,
      returnId,
      providerReference: atStripe[0]?.id,
      status: 'succeeded',
    });
    expect(await orderOf(orderId)).toMatchObject({
      status: 'partially_refunded',
      refundedTotal: unitValue,
    });

    // The same request again (a retried step): no second refund anywhere.
    const again = await refundReturn({
      ...ctx(),
      returnId,
      full: true,
      idempotencyKey: 'return-refund-stripe',
      payments: stripeAccess(),
    });
    expect(again.refund.id).toBe(refunded.refund.id);
    expect(stripeRefundsOf(intentId)).toHaveLength(1);

    // Stripe's charge.refunded for it is recognised as ours.
    const receipt = await receivePaymentWebhook({
      db: db(),
      tenantId: tenantId(),
      provider: 'stripe',
      ...fakes.stripe.signedWebhook(fakes.stripe.events.chargeRefunded(intentId)),
      ...stripeAccess(),
    });
    expect(receipt.status).toBe('ignored');
    expect(await db().refund.count({ where: { orderId } })).toBe(1);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: 'return.refund', targetId: returnId },
    });
    expect(audit.after).toMatchObject({ provider: 'stripe', providerReference: atStripe[0]?.id });
  });

  it('records nothing and keeps the return received when Stripe cannot be reached', async () => {
    const { orderId, intentId } = await paidWithStripe();
    const { returnId } = await receivedReturnOf(orderId);
    fakes.stripe.controls.failNext(10, 503);

    await expect(
      refundReturn({ ...ctx(), returnId, full: true, payments: stripeAccess() }),
    ).rejects.toMatchObject({ code: 'UNAVAILABLE' });

    expect(await db().return.findFirstOrThrow({ where: { id: returnId } })).toMatchObject({
      status: 'received',
      refundAmount: 0,
    });
    expect(await db().refund.count({ where: { orderId } })).toBe(0);
    expect(stripeRefundsOf(intentId)).toHaveLength(0);
  });

  it('refuses a provider refund without provider access, before calling anything', async () => {
    const { orderId } = await paidWithStripe();
    const { returnId } = await receivedReturnOf(orderId);
    const requests = fakes.stripe.state.requests.length;

    await expect(refundReturn({ ...ctx(), returnId, full: true })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    expect(fakes.stripe.state.requests.length).toBe(requests);
    expect(await db().refund.count({ where: { orderId } })).toBe(0);
  });

  it('refuses more than the returned units are worth before calling Stripe', async () => {
    const { orderId } = await paidWithStripe();
    const { returnId, line, unitValue } = await receivedReturnOf(orderId);
    const requests = fakes.stripe.state.requests.length;

    await expect(
      refundReturn({
        ...ctx(),
        returnId,
        items: [{ orderItemId: line.id, amount: unitValue + 1 }],
        payments: stripeAccess(),
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(fakes.stripe.state.requests.length).toBe(requests);
  });
});

describe('refunding a return paid through PayPal', () => {
  it('refunds the returned units on the PayPal capture once', async () => {
    const { orderId, paypalOrderId } = await paidWithPayPal();
    const { returnId, unitValue } = await receivedReturnOf(orderId);

    const first = await refundReturn({
      ...ctx(),
      returnId,
      full: true,
      idempotencyKey: 'return-refund-paypal',
      payments: paypalAccess(),
    });
    await refundReturn({
      ...ctx(),
      returnId,
      full: true,
      idempotencyKey: 'return-refund-paypal',
      payments: paypalAccess(),
    });

    const refunds =
      fakes.paypal.state.orders.get(paypalOrderId)?.purchase_units[0]?.payments?.refunds ?? [];
    expect(refunds).toHaveLength(1);
    expect(refunds[0]?.amount.value).toBe((unitValue / 100).toFixed(2));
    expect(first).toMatchObject({ status: 'refunded', refundAmount: unitValue });
    expect(first.refund).toMatchObject({ providerReference: refunds[0]?.id, returnId });
    expect(await orderOf(orderId)).toMatchObject({ refundedTotal: unitValue });
  });
});

describe('refunding a received return as the system', () => {
  it('refunds once through the original provider, however often it runs', async () => {
    const { orderId, intentId } = await paidWithStripe();
    const { returnId, unitValue } = await receivedReturnOf(orderId);
    const run = () =>
      refundReceivedReturn({ db: db(), tenantId: tenantId(), returnId, payments: stripeAccess() });

    const first = await run();
    const second = await run();

    expect(first).toMatchObject({ refunded: true, amount: unitValue });
    expect(second).toEqual(first);
    expect(stripeRefundsOf(intentId)).toHaveLength(1);
    const refund = await db().refund.findFirstOrThrow({ where: { returnId } });
    expect(refund).toMatchObject({
      createdById: null,
      idempotencyKey: `return-refund:${returnId}`,
    });
  });

  it('leaves a return the merchant already refunded', async () => {
    const { orderId, intentId } = await paidWithStripe();
    const { returnId } = await receivedReturnOf(orderId);
    await refundReturn({ ...ctx(), returnId, amount: 100, payments: stripeAccess() });

    expect(
      await refundReceivedReturn({
        db: db(),
        tenantId: tenantId(),
        returnId,
        payments: stripeAccess(),
      }),
    ).toEqual({ refunded: false, reason: 'already_refunded' });
    expect(stripeRefundsOf(intentId)).toHaveLength(1);
  });

  it('does not refund an exchange or a return not yet received', async () => {
    const { orderId, variantId, intentId } = await paidWithStripe();
    const order = await orderOf(orderId);
    const [line] = await db().orderItem.findMany({ where: { orderId } });
    if (!line || !order.customerId) throw new Error('a line and a customer expected');
    const shipment = await createShipment({
      ...ctx(),
      orderId,
      carrier: 'UPS',
      items: [{ orderItemId: line.id, quantity: line.quantity }],
    });
    await markShipmentDelivered({ ...ctx(), shipmentId: shipment.id });
    const customer = { id: order.customerId, ordersVisibleSince: null };
    const ask = () =>
      requestReturn({
        db: db(),
        tenantId: tenantId(),
        customer,
        orderId,
        items: [{ orderItemId: line.id, quantity: 1 }],
        reason: 'Wrong size',
      });
    const exchange = await ask();
    await approveExchange({ ...ctx(), returnId: exchange.id, items: [{ variantId, quantity: 1 }] });
    await receiveReturn({ ...ctx(), returnId: exchange.id, restock: true });
    const pending = await ask();
    const system = (returnId: string) =>
      refundReceivedReturn({ db: db(), tenantId: tenantId(), returnId, payments: stripeAccess() });

    expect(await system(exchange.id)).toEqual({ refunded: false, reason: 'exchange' });
    expect(await system(pending.id)).toEqual({ refunded: false, reason: 'not_received' });
    expect(stripeRefundsOf(intentId)).toHaveLength(0);
  });
});
