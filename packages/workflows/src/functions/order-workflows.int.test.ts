import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import {
  approveReturn,
  createShipment,
  markShipmentDelivered,
  receivePaymentWebhook,
  receiveReturn,
  requestReturn,
  startOrderPayment,
  type Actor,
} from '@storeloom/core';
import { extractPdfText } from '@storeloom/core/documents/testing/pdf-text';
import {
  configureStripe,
  fakeOptions,
  placeOrderPaidWith,
  testKeys,
} from '@storeloom/core/payments/testing/payment-store';
import { startStripeFake, type StripeFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { emailAttachmentSchema } from '@storeloom/validators';

import type { LocalRunner } from '../local-runner/start-local-runner.ts';
import {
  domainEventId,
  finishedRunFor,
  movableClock,
  sentEmail,
  startOrderWorkflows,
  waitingRunFor,
} from '../testing/order-workflow-harness.ts';

const ctx = useTwoStoreDatabase();
const store = () => ctx.fixture.storeA;
const tenantId = () => store().tenantId;
const db = () => ctx.database.forTenant(tenantId());
const admin = (): Actor => ({ type: 'user', id: store().members.admin.userId });
const access = () => ({ keys: testKeys, options: fakeOptions(stripe.url) });

let stripe: StripeFake;
let runner: LocalRunner;
const clock = movableClock();

beforeAll(async () => {
  stripe = await startStripeFake();
  await configureStripe(db(), store(), stripe);
  runner = startOrderWorkflows({ database: ctx.database, providerUrl: stripe.url, now: clock.now });
});
afterAll(async () => {
  await runner.stop();
  await stripe.close();
});

const levelOf = (variantId: string) =>
  db().inventoryLevel.findFirstOrThrow({
    where: { variantId, locationId: store().ids.locationId },
    select: { onHand: true, reserved: true },
  });
const pdfText = async (base64: string) =>
  (await extractPdfText(Buffer.from(base64, 'base64'))).text.replace(/[ \u00a0]+/g, ' ');

describe('an order from checkout to refund, through the local runner', () => {
  it('is confirmed on payment, shipped, delivered, returned and refunded through Stripe', async () => {
    // The shopper places the order (2 units, stock reserved) and pays with a card.
    const placed = await placeOrderPaidWith(db(), store(), 'stripe', 2);
    const { orderId, total, variantId } = placed;
    const placedEvent = await domainEventId(ctx.database, tenantId(), 'order.placed', { orderId });
    await waitingRunFor(ctx.database, 'confirm-order', placedEvent);
    expect(await levelOf(variantId)).toEqual({ onHand: 10, reserved: 2 });

    await startOrderPayment({
      db: db(),
      tenantId: tenantId(),
      orderId,
      shopper: placed.shopper,
      ...access(),
    });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
    const intentId = payment.providerReference ?? '';
    stripe.controls.confirmPaymentIntent(intentId);
    const receipt = await receivePaymentWebhook({
      db: db(),
      tenantId: tenantId(),
      provider: 'stripe',
      ...stripe.signedWebhook(stripe.events.paymentIntentSucceeded(intentId)),
      ...access(),
    });
    expect(receipt.status).toBe('processed');

    // The checkout workflow confirms it, the stock is sold, the confirmation carries the invoice.
    const checkout = await finishedRunFor(
      ctx.database,
      tenantId(),
      'confirm-order',
      'order.placed',
      {
        orderId,
      },
    );
    expect(checkout).toMatchObject({ status: 'completed', result: { outcome: 'confirmed' } });
    expect(checkout.steps.map((step) => step.stepId)).toEqual([
      'hold-stock-for-payment',
      'wait-for-payment',
      'read-payment-state',
      'confirm-order',
      'send-order-confirmation',
    ]);
    expect(await db().order.findFirstOrThrow({ where: { id: orderId } })).toMatchObject({
      status: 'processing',
      paymentStatus: 'paid',
      paidTotal: total,
    });
    expect(await levelOf(variantId)).toEqual({ onHand: 8, reserved: 0 });
    const confirmations = await db().emailOutbox.findMany({
      where: { templateKey: 'order_confirmation', idempotencyKey: `order-confirmation:${orderId}` },
    });
    expect(confirmations).toHaveLength(1);
    const [invoice] = z.array(emailAttachmentSchema).parse(confirmations[0]?.attachments);
    const totalText = `$${(total / 100).toFixed(2)}`;
    expect(await pdfText(invoice?.contentBase64 ?? '')).toContain(`Total ${totalText}`);

    // Shipped with a tracking number: the shipping email hands it over.
    const [line] = await db().orderItem.findMany({ where: { orderId } });
    if (!line) throw new Error('a line expected');
    const shipment = await createShipment({
      db: db(),
      tenantId: tenantId(),
      actor: admin(),
      orderId,
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      items: [{ orderItemId: line.id, quantity: 2 }],
    });
    const shipping = await sentEmail(ctx.database, tenantId(), `shipping-update:${shipment.id}`);
    expect(shipping.html).toContain('1Z999AA10123456784');
    const shipped = await finishedRunFor(
      ctx.database,
      tenantId(),
      'send-shipping-update',
      'shipment.created',
      { shipmentId: shipment.id },
    );
    expect(shipped).toMatchObject({
      status: 'completed',
      result: { fulfillmentStatus: 'fulfilled' },
    });

    // Delivered: the delivered email.
    await markShipmentDelivered({
      db: db(),
      tenantId: tenantId(),
      actor: admin(),
      shipmentId: shipment.id,
    });
    const delivered = await sentEmail(ctx.database, tenantId(), `order-delivered:${orderId}`);
    expect(delivered.templateKey).toBe('order_delivered');

    // One unit comes back: requested, approved, received (restocked), refunded through Stripe.
    const order = await db().order.findFirstOrThrow({ where: { id: orderId } });
    const requested = await requestReturn({
      db: db(),
      tenantId: tenantId(),
      customer: { id: order.customerId ?? '', ordersVisibleSince: null },
      orderId,
      items: [{ orderItemId: line.id, quantity: 1 }],
      reason: 'Too small',
    });
    await approveReturn({ db: db(), tenantId: tenantId(), actor: admin(), returnId: requested.id });
    await receiveReturn({
      db: db(),
      tenantId: tenantId(),
      actor: admin(),
      returnId: requested.id,
      restock: true,
    });
    const refunded = await finishedRunFor(
      ctx.database,
      tenantId(),
      'refund-received-return',
      'return.received',
      { returnId: requested.id },
    );
    const unitValue = line.total / 2;
    expect(refunded).toMatchObject({
      status: 'completed',
      result: { refunded: true, amount: unitValue },
    });
    const refundsAtStripe = [...stripe.state.refunds.values()].filter(
      (refund) => refund.payment_intent === intentId,
    );
    expect(refundsAtStripe).toEqual([expect.objectContaining({ amount: unitValue })]);
    expect(await levelOf(variantId)).toEqual({ onHand: 9, reserved: 0 });
    expect(await db().return.findFirstOrThrow({ where: { id: requested.id } })).toMatchObject({
      status: 'refunded',
      refundAmount: unitValue,
    });

    const refund = await db().refund.findFirstOrThrow({ where: { returnId: requested.id } });
    const refundEmail = await sentEmail(ctx.database, tenantId(), `refund-issued:${refund.id}`);
    expect(refundEmail.html).toContain(`$${(unitValue / 100).toFixed(2)}`);
    for (const status of ['requested', 'approved', 'received']) {
      await sentEmail(ctx.database, tenantId(), `return-update:${requested.id}:${status}`);
    }
    // Each email went out in one attempt: no step sent anything twice.
    const keys = [
      `order-confirmation:${orderId}`,
      `shipping-update:${shipment.id}`,
      `order-delivered:${orderId}`,
      `return-update:${requested.id}:requested`,
      `return-update:${requested.id}:approved`,
      `return-update:${requested.id}:received`,
      `refund-issued:${refund.id}`,
    ];
    const emails = await db().emailOutbox.findMany({ where: { idempotencyKey: { in: keys } } });
    expect(emails.map((email) => [email.idempotencyKey, email.status, email.attempts])).toEqual(
      expect.arrayContaining(keys.map((key) => [key, 'sent', 1])),
    );
    expect(emails).toHaveLength(keys.length);
  });
});
