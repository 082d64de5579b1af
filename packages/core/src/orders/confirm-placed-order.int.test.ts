import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startStripeFake, type StripeFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import type { Actor } from '../audit/actor.ts';
import { configureStripe, placeOrderPaidWith } from '../payments/testing/payment-store.ts';
import { cancelUnpaidOrder } from './cancel-unpaid-order.ts';
import { confirmPaidOrder } from './confirm-paid-order.ts';
import { createShipment } from './create-shipment.ts';
import { holdOrderForPayment } from './hold-order-for-payment.ts';
import { markOrderPaid } from './mark-order-paid.ts';
import { CARD_PAYMENT_WINDOW_MS, MANUAL_PAYMENT_WINDOW_MS } from './payment-window.ts';
import { readOrderFulfilment } from './read-order-fulfilment.ts';
import { readOrderPaymentState } from './read-order-payment-state.ts';
import { recordCapturedPayment } from './record-captured-payment.ts';
import { placeTestOrder } from './testing/place-test-order.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const tenantId = () => store().tenantId;
const db = () => setup.database.forTenant(tenantId());
const admin = (): Actor => ({ type: 'user', id: store().members.admin.userId });

// Stripe is offered at checkout once configured; nothing here calls it.
let stripe: StripeFake;
beforeAll(async () => {
  stripe = await startStripeFake();
  await configureStripe(db(), store(), stripe);
});
afterAll(async () => {
  await stripe.close();
});

const reservationsOf = (orderId: string) =>
  db().inventoryReservation.findMany({ where: { orderId }, orderBy: { id: 'asc' } });
const levelOf = (variantId: string) =>
  db().inventoryLevel.findFirstOrThrow({
    where: { variantId, locationId: store().ids.locationId },
    select: { onHand: true, reserved: true },
  });

describe('holding a placed order for its payment', () => {
  it('holds the stock of a bank-transfer order for the week it may take to pay', async () => {
    const { orderId } = await placeOrderPaidWith(db(), store(), 'manual');
    const order = await db().order.findFirstOrThrow({ where: { id: orderId } });

    const hold = await holdOrderForPayment({ db: db(), orderId });

    const deadline = new Date(order.placedAt.getTime() + MANUAL_PAYMENT_WINDOW_MS);
    expect(hold).toEqual({ fromCheckout: true, provider: 'manual', deadline, payment: 'unpaid' });
    const reservations = await reservationsOf(orderId);
    expect(reservations.length).toBeGreaterThan(0);
    for (const reservation of reservations) {
      expect(reservation).toMatchObject({ status: 'active', expiresAt: deadline });
    }
    // Again: nothing changes.
    expect(await holdOrderForPayment({ db: db(), orderId })).toEqual(hold);
    expect(await reservationsOf(orderId)).toEqual(reservations);
  });

  it('gives a card order an hour and never shortens a longer hold', async () => {
    const { orderId } = await placeOrderPaidWith(db(), store(), 'stripe');
    const order = await db().order.findFirstOrThrow({ where: { id: orderId } });
    const later = new Date(order.placedAt.getTime() + 3 * CARD_PAYMENT_WINDOW_MS);
    await db().inventoryReservation.updateMany({ where: { orderId }, data: { expiresAt: later } });

    const hold = await holdOrderForPayment({ db: db(), orderId });

    expect(hold).toMatchObject({
      provider: 'stripe',
      deadline: new Date(order.placedAt.getTime() + CARD_PAYMENT_WINDOW_MS),
    });
    for (const reservation of await reservationsOf(orderId)) {
      expect(reservation.expiresAt).toEqual(later);
    }
  });

  it('says an order made outside checkout does not wait, and leaves its holds alone', async () => {
    const order = await placeTestOrder(db(), {
      tenantId: tenantId(),
      locationId: store().ids.locationId,
      lines: [{ quantity: 1 }],
    });
    await db().order.update({ where: { id: order.id }, data: { source: 'admin' } });
    const before = await reservationsOf(order.id);

    expect(await holdOrderForPayment({ db: db(), orderId: order.id })).toMatchObject({
      fromCheckout: false,
      payment: 'unpaid',
    });
    expect(await reservationsOf(order.id)).toEqual(before);
  });

  it('does not find another store’s order', async () => {
    const { orderId } = await placeOrderPaidWith(db(), store(), 'manual');
    const other = setup.database.forTenant(setup.fixture.storeB.tenantId);
    await expect(holdOrderForPayment({ db: other, orderId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('cancelling an order whose payment window ended', () => {
  it('cancels an unpaid order as the system and gives its stock back, once', async () => {
    const { orderId, variantId } = await placeOrderPaidWith(db(), store(), 'stripe', 3);
    expect(await levelOf(variantId)).toEqual({ onHand: 10, reserved: 3 });
    const now = new Date('2030-01-01T12:00:00.000Z');

    const result = await cancelUnpaidOrder({
      db: db(),
      tenantId: tenantId(),
      orderId,
      reason: 'No payment arrived in time',
      now,
    });

    expect(result).toEqual({ cancelled: true });
    expect(await db().order.findFirstOrThrow({ where: { id: orderId } })).toMatchObject({
      status: 'cancelled',
      paymentStatus: 'voided',
      cancelledAt: now,
      cancelReason: 'No payment arrived in time',
    });
    expect(await levelOf(variantId)).toEqual({ onHand: 10, reserved: 0 });
    expect((await reservationsOf(orderId)).map((r) => r.status)).toEqual(['expired']);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: 'order.cancel', targetId: orderId },
    });
    expect(audit).toMatchObject({ actorType: 'system', actorId: null });
    const events = await db().domainEvent.findMany({ where: { type: 'order.cancelled' } });
    expect(events.map((event) => event.payload)).toContainEqual({
      orderId,
      reason: 'No payment arrived in time',
    });
    expect(await readOrderPaymentState({ db: db(), orderId })).toBe('cancelled');

    const again = await cancelUnpaidOrder({ db: db(), tenantId: tenantId(), orderId, reason: 'x' });
    expect(again).toEqual({ cancelled: false, payment: 'cancelled' });
    expect(await levelOf(variantId)).toEqual({ onHand: 10, reserved: 0 });
  });

  it('gives back the discount use an unpaid order counted', async () => {
    const { orderId } = await placeOrderPaidWith(db(), store(), 'stripe');
    const discountId = store().ids.discountId;
    await db().discountUsage.create({
      data: {
        tenantId: tenantId(),
        discountId,
        orderId,
        customerEmail: 'guest@example.com',
        amount: 100,
      },
    });
    await db().discount.update({ where: { id: discountId }, data: { usageCount: 1 } });

    await cancelUnpaidOrder({ db: db(), tenantId: tenantId(), orderId, reason: 'Unpaid' });

    expect(await db().discountUsage.count({ where: { orderId } })).toBe(0);
    expect(await db().discount.findFirstOrThrow({ where: { id: discountId } })).toMatchObject({
      usageCount: 0,
    });
  });

  it('leaves an order that got paid before the deadline was acted on', async () => {
    const { orderId } = await placeOrderPaidWith(db(), store(), 'manual');
    await markOrderPaid({ db: db(), tenantId: tenantId(), actor: admin(), orderId });

    const result = await cancelUnpaidOrder({
      db: db(),
      tenantId: tenantId(),
      orderId,
      reason: 'x',
    });

    expect(result).toEqual({ cancelled: false, payment: 'paid' });
    expect(await db().order.findFirstOrThrow({ where: { id: orderId } })).toMatchObject({
      status: 'paid',
    });
  });

  it('leaves a partly paid order to the merchant', async () => {
    const { orderId, total } = await placeOrderPaidWith(db(), store(), 'manual');
    await db().$transaction((tx) =>
      recordCapturedPayment(tx, {
        tenantId: tenantId(),
        orderId,
        provider: 'manual',
        amount: total - 100,
        idempotencyKey: `deposit:${orderId}`,
        actorId: null,
      }),
    );
    expect(await readOrderPaymentState({ db: db(), orderId })).toBe('partially_paid');

    const result = await cancelUnpaidOrder({
      db: db(),
      tenantId: tenantId(),
      orderId,
      reason: 'x',
    });

    expect(result).toEqual({ cancelled: false, payment: 'partially_paid' });
    expect((await reservationsOf(orderId)).map((r) => r.status)).toEqual(['active']);
  });
});

describe('confirming a paid order', () => {
  it('moves it to processing with its stock sold once, however often it runs', async () => {
    const { orderId, variantId } = await placeOrderPaidWith(db(), store(), 'manual', 2);
    await markOrderPaid({ db: db(), tenantId: tenantId(), actor: admin(), orderId });
    expect(await levelOf(variantId)).toEqual({ onHand: 8, reserved: 0 });

    const first = await confirmPaidOrder({ db: db(), tenantId: tenantId(), orderId });
    const second = await confirmPaidOrder({ db: db(), tenantId: tenantId(), orderId });

    expect(first).toEqual({ confirmed: true, status: 'processing' });
    expect(second).toEqual({ confirmed: true, status: 'processing' });
    expect(await db().order.findFirstOrThrow({ where: { id: orderId } })).toMatchObject({
      status: 'processing',
      paymentStatus: 'paid',
    });
    expect(await levelOf(variantId)).toEqual({ onHand: 8, reserved: 0 });
    const sales = await db().inventoryTransaction.findMany({
      where: { referenceId: orderId, reason: 'sale' },
    });
    expect(sales).toHaveLength(1);
    const moves = await db().orderEvent.findMany({
      where: { orderId, type: 'order.status_changed' },
    });
    expect(moves.map((move) => move.message)).toEqual([
      'Status changed from pending payment to paid',
      'Status changed from paid to processing',
    ]);
  });

  it('commits stock a paid order still holds', async () => {
    const { orderId, variantId } = await placeOrderPaidWith(db(), store(), 'manual', 1);
    // A paid order whose holds were never committed (paid before the holds were placed).
    await db().order.update({
      where: { id: orderId },
      data: { status: 'paid', paymentStatus: 'paid' },
    });
    expect(await levelOf(variantId)).toEqual({ onHand: 10, reserved: 1 });

    await confirmPaidOrder({ db: db(), tenantId: tenantId(), orderId });

    expect(await levelOf(variantId)).toEqual({ onHand: 9, reserved: 0 });
  });

  it('does not confirm an unpaid order', async () => {
    const { orderId } = await placeOrderPaidWith(db(), store(), 'manual');
    expect(await confirmPaidOrder({ db: db(), tenantId: tenantId(), orderId })).toEqual({
      confirmed: false,
      status: 'pending_payment',
    });
  });
});

describe('reading how far an order has shipped', () => {
  it('agrees with createShipment at each shipment', async () => {
    const { orderId } = await placeOrderPaidWith(db(), store(), 'manual', 2);
    await markOrderPaid({ db: db(), tenantId: tenantId(), actor: admin(), orderId });
    const [line] = await db().orderItem.findMany({ where: { orderId } });
    if (!line) throw new Error('a line expected');
    const ship = (quantity: number) =>
      createShipment({
        db: db(),
        tenantId: tenantId(),
        actor: admin(),
        orderId,
        carrier: 'UPS',
        items: [{ orderItemId: line.id, quantity }],
      });

    await ship(1);
    expect(await readOrderFulfilment({ db: db(), orderId })).toEqual({
      status: 'partially_fulfilled',
      fulfillmentStatus: 'partially_fulfilled',
      allShipped: false,
      consistent: true,
    });
    await ship(1);
    expect(await readOrderFulfilment({ db: db(), orderId })).toEqual({
      status: 'fulfilled',
      fulfillmentStatus: 'fulfilled',
      allShipped: true,
      consistent: true,
    });
    await db().order.update({
      where: { id: orderId },
      data: { fulfillmentStatus: 'partially_fulfilled' },
    });
    expect(await readOrderFulfilment({ db: db(), orderId })).toMatchObject({
      consistent: false,
    });
  });
});
