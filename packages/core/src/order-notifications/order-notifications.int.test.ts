import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { createOutboxTransport, EmailDeliveryError, type EmailTransport } from '@storeloom/email';
import { extractPdfText } from '@storeloom/pdf/testing';
import { startStripeFake, type StripeFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { emailAttachmentSchema } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { createShipment } from '../orders/create-shipment.ts';
import { markOrderPaid } from '../orders/mark-order-paid.ts';
import { markShipmentDelivered } from '../orders/mark-shipment-delivered.ts';
import { refundOrder } from '../orders/refund-order.ts';
import { configureStripe, placeOrderPaidWith } from '../payments/testing/payment-store.ts';
import { approveReturn } from '../returns/approve-return.ts';
import { requestReturn } from '../returns/request-return.ts';
import { sendOrderConfirmationEmail } from './send-order-confirmation-email.ts';
import { sendOrderDeliveredEmail } from './send-order-delivered-email.ts';
import { sendPaymentTimeoutEmail } from './send-payment-timeout-email.ts';
import { sendRefundIssuedEmail } from './send-refund-issued-email.ts';
import { sendReturnUpdateEmail } from './send-return-update-email.ts';
import { sendShippingUpdateEmail } from './send-shipping-update-email.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const tenantId = () => store().tenantId;
const db = () => setup.database.forTenant(tenantId());
const admin = (): Actor => ({ type: 'user', id: store().members.admin.userId });
const ctx = () => ({ db: db(), tenantId: tenantId(), actor: admin() });
const outbox = createOutboxTransport();

/** A transport whose provider is down: every send fails, retriably or not. */
const failing = (retriable: boolean): EmailTransport => ({
  name: 'outbox',
  send: () => Promise.reject(new EmailDeliveryError('Provider unavailable', retriable)),
});

let stripe: StripeFake;
beforeAll(async () => {
  stripe = await startStripeFake();
  await configureStripe(db(), store(), stripe);
});
afterAll(async () => {
  await stripe.close();
});

const emailsFor = (idempotencyKey: string) =>
  db().emailOutbox.findMany({ where: { idempotencyKey } });

async function paidOrder(quantity = 2) {
  const placed = await placeOrderPaidWith(db(), store(), 'manual', quantity);
  await markOrderPaid({ ...ctx(), orderId: placed.orderId });
  return placed;
}

async function shippedOrder(trackingNumber?: string) {
  const placed = await paidOrder();
  const [line] = await db().orderItem.findMany({ where: { orderId: placed.orderId } });
  if (!line) throw new Error('a line expected');
  const shipment = await createShipment({
    ...ctx(),
    orderId: placed.orderId,
    carrier: 'UPS',
    trackingNumber,
    trackingUrl: trackingNumber ? `https://ups.example/track/${trackingNumber}` : undefined,
    items: [{ orderItemId: line.id, quantity: line.quantity }],
  });
  return { ...placed, line, shipment };
}

describe('the order confirmation', () => {
  it('goes to the shopper once, with the invoice PDF showing the total', async () => {
    const { orderId, total } = await paidOrder();
    const order = await db().order.findFirstOrThrow({ where: { id: orderId } });
    const send = () =>
      sendOrderConfirmationEmail({ db: db(), tenantId: tenantId(), orderId, transport: outbox });

    const first = await send();
    const again = await send();

    expect(first).toMatchObject({ status: 'sent' });
    expect(again).toEqual(first);
    const [email, ...others] = await emailsFor(`order-confirmation:${orderId}`);
    expect(others).toEqual([]);
    expect(email).toMatchObject({
      to: 'guest@example.com',
      templateKey: 'order_confirmation',
      status: 'sent',
    });
    expect(email?.subject).toContain(String(order.number));
    const totalText = `$${(total / 100).toFixed(2)}`;
    expect(email?.html).toContain(totalText);
    const [invoice] = z.array(emailAttachmentSchema).parse(email?.attachments);
    expect(invoice).toMatchObject({
      filename: `invoice-${order.number}.pdf`,
      contentType: 'application/pdf',
    });
    const text = (await extractPdfText(Buffer.from(invoice?.contentBase64 ?? '', 'base64'))).text;
    expect(text.replace(/[ \u00a0]+/g, ' ')).toMatch(
      new RegExp(`Total ${totalText.replace('$', '\\$')}`),
    );
  });

  it('is retried after a retriable failure and then sent once', async () => {
    const { orderId } = await paidOrder();
    const send = (transport: EmailTransport) =>
      sendOrderConfirmationEmail({ db: db(), tenantId: tenantId(), orderId, transport });

    await expect(send(failing(true))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(await emailsFor(`order-confirmation:${orderId}`)).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 1 }),
    ]);

    expect(await send(outbox)).toMatchObject({ status: 'sent' });
    expect(await emailsFor(`order-confirmation:${orderId}`)).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 2 }),
    ]);
  });

  it('stays failed for the merchant when the provider refuses it for good', async () => {
    const { orderId } = await paidOrder();
    const result = await sendOrderConfirmationEmail({
      db: db(),
      tenantId: tenantId(),
      orderId,
      transport: failing(false),
    });
    expect(result).toMatchObject({ status: 'failed' });
  });

  it('is skipped when the store turned the template off', async () => {
    const { orderId } = await paidOrder();
    await db().emailTemplate.create({
      data: { tenantId: tenantId(), key: 'order_confirmation', subject: '', isEnabled: false },
    });
    try {
      const result = await sendOrderConfirmationEmail({
        db: db(),
        tenantId: tenantId(),
        orderId,
        transport: outbox,
      });
      expect(result).toEqual({ emailId: null, status: 'skipped' });
      expect(await emailsFor(`order-confirmation:${orderId}`)).toEqual([]);
    } finally {
      await db().emailTemplate.deleteMany({ where: { key: 'order_confirmation' } });
    }
  });

  it('is not sent for another store’s order', async () => {
    const { orderId } = await paidOrder();
    const other = setup.database.forTenant(setup.fixture.storeB.tenantId);
    await expect(
      sendOrderConfirmationEmail({
        db: other,
        tenantId: setup.fixture.storeB.tenantId,
        orderId,
        transport: outbox,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('shipping and delivery', () => {
  it('hands the shopper the carrier and tracking number, once per shipment', async () => {
    const { shipment } = await shippedOrder('1Z999AA10123456784');
    const send = () =>
      sendShippingUpdateEmail({
        db: db(),
        tenantId: tenantId(),
        shipmentId: shipment.id,
        transport: outbox,
      });

    await send();
    await send();

    const emails = await emailsFor(`shipping-update:${shipment.id}`);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.html).toContain('1Z999AA10123456784');
    expect(emails[0]?.html).toContain('UPS');
  });

  it('sends nothing for a shipment without a tracking number', async () => {
    const { shipment } = await shippedOrder();
    expect(
      await sendShippingUpdateEmail({
        db: db(),
        tenantId: tenantId(),
        shipmentId: shipment.id,
        transport: outbox,
      }),
    ).toEqual({ emailId: null, status: 'no_tracking' });
    expect(await emailsFor(`shipping-update:${shipment.id}`)).toEqual([]);
  });

  it('tells the shopper the order arrived', async () => {
    const { orderId, shipment } = await shippedOrder('1Z1');
    await markShipmentDelivered({ ...ctx(), shipmentId: shipment.id });

    await sendOrderDeliveredEmail({ db: db(), tenantId: tenantId(), orderId, transport: outbox });

    expect(await emailsFor(`order-delivered:${orderId}`)).toEqual([
      expect.objectContaining({ templateKey: 'order_delivered', status: 'sent' }),
    ]);
  });
});

describe('returns, refunds and timeouts', () => {
  it('sends one update per return status, with the merchant’s note', async () => {
    const { orderId, shipment, line } = await shippedOrder('1Z2');
    await markShipmentDelivered({ ...ctx(), shipmentId: shipment.id });
    const order = await db().order.findFirstOrThrow({ where: { id: orderId } });
    const requested = await requestReturn({
      db: db(),
      tenantId: tenantId(),
      customer: { id: order.customerId ?? '', ordersVisibleSince: null },
      orderId,
      items: [{ orderItemId: line.id, quantity: 1 }],
      reason: 'Too small',
    });
    await approveReturn({ ...ctx(), returnId: requested.id, note: 'Use the prepaid label' });
    const send = (status: 'requested' | 'approved') =>
      sendReturnUpdateEmail({
        db: db(),
        tenantId: tenantId(),
        returnId: requested.id,
        status,
        transport: outbox,
      });

    await send('requested');
    await send('approved');
    await send('approved');

    const [asked] = await emailsFor(`return-update:${requested.id}:requested`);
    const approved = await emailsFor(`return-update:${requested.id}:approved`);
    expect(asked?.html).not.toContain('Use the prepaid label');
    expect(approved).toHaveLength(1);
    expect(approved[0]?.html).toContain('Use the prepaid label');
  });

  it('tells the shopper about a refund', async () => {
    const { orderId } = await paidOrder();
    const refund = await refundOrder({ ...ctx(), orderId, amount: 700, reason: 'Late delivery' });

    await sendRefundIssuedEmail({
      db: db(),
      tenantId: tenantId(),
      refundId: refund.id,
      transport: outbox,
    });

    const [email] = await emailsFor(`refund-issued:${refund.id}`);
    expect(email?.html).toContain('$7.00');
    expect(email?.html).toContain('Late delivery');
  });

  it('tells the shopper an unpaid order was cancelled for want of payment', async () => {
    const { orderId } = await placeOrderPaidWith(db(), store(), 'manual');

    await sendPaymentTimeoutEmail({ db: db(), tenantId: tenantId(), orderId, transport: outbox });

    const [email] = await emailsFor(`order-payment-timeout:${orderId}`);
    expect(email).toMatchObject({ templateKey: 'order_cancelled', status: 'sent' });
    expect(email?.html).toContain('No payment arrived in time');
    expect(email?.html).toContain('You have not been charged');
  });
});
