import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import {
  CARD_PAYMENT_WINDOW_MS,
  MANUAL_PAYMENT_WINDOW_MS,
  markOrderPaid,
  receivePaymentWebhook,
  startOrderPayment,
  type Shopper,
} from '@storeloom/core';
import {
  configureStripe,
  fakeOptions,
  placeOrderPaidWith,
  testKeys,
} from '@storeloom/core/payments/testing/payment-store';
import { unscoped } from '@storeloom/db/unscoped';
import { EmailDeliveryError, type EmailTransport } from '@storeloom/email';
import { startStripeFake, type StripeFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import type { LocalRunner } from '../../local-runner/start-local-runner.ts';
import {
  domainEventId,
  finishedRunFor,
  movableClock,
  sentEmail,
  startOrderWorkflows,
  waitingRunFor,
} from '../../testing/order-workflow-harness.ts';
import { waitFor } from '../../testing/wait-for.ts';

const ctx = useTwoStoreDatabase();
const store = () => ctx.fixture.storeA;
const tenantId = () => store().tenantId;
const db = () => ctx.database.forTenant(tenantId());
const access = () => ({ keys: testKeys, options: fakeOptions(stripe.url) });

let stripe: StripeFake;
const runners: LocalRunner[] = [];
const start = (options: { now: () => Date; email?: EmailTransport }) => {
  const runner = startOrderWorkflows({
    database: ctx.database,
    providerUrl: stripe.url,
    ...options,
  });
  runners.push(runner);
  return runner;
};

beforeAll(async () => {
  stripe = await startStripeFake();
  await configureStripe(db(), store(), stripe);
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.stop()));
});
afterAll(async () => {
  await stripe.close();
});

const levelOf = (variantId: string) =>
  db().inventoryLevel.findFirstOrThrow({
    where: { variantId, locationId: store().ids.locationId },
    select: { onHand: true, reserved: true },
  });
const orderOf = (orderId: string) => db().order.findFirstOrThrow({ where: { id: orderId } });
const checkoutRun = (orderId: string) =>
  finishedRunFor(ctx.database, tenantId(), 'confirm-order', 'order.placed', { orderId });

/** The shopper pays by card: the PaymentIntent, its confirmation, Stripe's signed webhook. */
async function payByCard(orderId: string, shopper: Shopper) {
  await startOrderPayment({ db: db(), tenantId: tenantId(), orderId, shopper, ...access() });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
  const intentId = payment.providerReference ?? '';
  stripe.controls.confirmPaymentIntent(intentId);
  const delivery = stripe.signedWebhook(stripe.events.paymentIntentSucceeded(intentId));
  const deliver = () =>
    receivePaymentWebhook({
      db: db(),
      tenantId: tenantId(),
      provider: 'stripe',
      ...delivery,
      ...access(),
    });
  expect((await deliver()).status).toBe('processed');
  return { intentId, deliverAgain: deliver };
}

describe('checkout when no payment arrives', () => {
  it('cancels a card order at the end of its hour, releasing its stock, and emails the shopper', async () => {
    const clock = movableClock();
    const runner = start({ now: clock.now });
    const { orderId, variantId } = await placeOrderPaidWith(db(), store(), 'stripe', 3);
    const placedEvent = await domainEventId(ctx.database, tenantId(), 'order.placed', { orderId });
    const waiting = await waitingRunFor(ctx.database, 'confirm-order', placedEvent);
    const { placedAt } = await orderOf(orderId);
    expect(waiting.waitTimeoutAt).toEqual(new Date(placedAt.getTime() + CARD_PAYMENT_WINDOW_MS));
    expect(await levelOf(variantId)).toEqual({ onHand: 10, reserved: 3 });

    clock.advance(CARD_PAYMENT_WINDOW_MS + 60_000);
    runner.wake();

    const run = await checkoutRun(orderId);
    expect(run).toMatchObject({ status: 'completed', result: { outcome: 'cancelled' } });
    expect(run.steps.map((step) => step.stepId)).toEqual([
      'hold-stock-for-payment',
      'wait-for-payment',
      'cancel-unpaid-order',
      'send-payment-timeout-email',
    ]);
    expect(await orderOf(orderId)).toMatchObject({
      status: 'cancelled',
      paymentStatus: 'voided',
      cancelReason: 'No payment arrived in time',
    });
    expect(await levelOf(variantId)).toEqual({ onHand: 10, reserved: 0 });
    const reservations = await db().inventoryReservation.findMany({ where: { orderId } });
    expect(reservations.map((reservation) => reservation.status)).toEqual(['expired']);
    const email = await sentEmail(ctx.database, tenantId(), `order-payment-timeout:${orderId}`);
    expect(email).toMatchObject({ templateKey: 'order_cancelled', to: 'guest@example.com' });
    expect(email.html).toContain('You have not been charged');
  });

  it('holds a bank-transfer order and its stock for a week, then confirms it when paid', async () => {
    start({ now: movableClock().now });
    const { orderId, variantId } = await placeOrderPaidWith(db(), store(), 'manual', 1);
    const placedEvent = await domainEventId(ctx.database, tenantId(), 'order.placed', { orderId });
    const waiting = await waitingRunFor(ctx.database, 'confirm-order', placedEvent);
    const deadline = new Date(
      (await orderOf(orderId)).placedAt.getTime() + MANUAL_PAYMENT_WINDOW_MS,
    );
    expect(waiting.waitTimeoutAt).toEqual(deadline);
    const [reservation] = await db().inventoryReservation.findMany({ where: { orderId } });
    expect(reservation?.expiresAt).toEqual(deadline);

    // The transfer arrives within the week and the merchant records it.
    await markOrderPaid({
      db: db(),
      tenantId: tenantId(),
      actor: { type: 'user', id: store().members.admin.userId },
      orderId,
    });

    const run = await checkoutRun(orderId);
    expect(run).toMatchObject({ status: 'completed', result: { outcome: 'confirmed' } });
    expect(await orderOf(orderId)).toMatchObject({ status: 'processing' });
    expect(await levelOf(variantId)).toEqual({ onHand: 9, reserved: 0 });
    await sentEmail(ctx.database, tenantId(), `order-confirmation:${orderId}`);
  });
});

describe('checkout when the runner goes down', () => {
  it('finishes a run stopped after its confirm step with one capture, one email, one order', async () => {
    const clock = movableClock();
    let stopping: Promise<void> | undefined;
    // The process goes down while the confirmation is being handed to the email provider.
    const crashing: EmailTransport = {
      name: 'outbox',
      send: (_message, { idempotencyKey }) => {
        if (!idempotencyKey.includes('order-confirmation:')) {
          return Promise.resolve({ providerMessageId: null });
        }
        stopping ??= runnerA.stop();
        return Promise.reject(new EmailDeliveryError('Connection reset', true));
      },
    };
    const runnerA = start({ now: clock.now, email: crashing });
    const placed = await placeOrderPaidWith(db(), store(), 'stripe', 2);
    const { orderId, variantId } = placed;
    const placedEvent = await domainEventId(ctx.database, tenantId(), 'order.placed', { orderId });
    await waitingRunFor(ctx.database, 'confirm-order', placedEvent);

    const { intentId, deliverAgain } = await payByCard(orderId, placed.shopper);
    await waitFor(() => Promise.resolve(stopping ? true : undefined), {
      what: 'runner A to stop',
      timeoutMs: 30_000,
    });
    await stopping;

    const parked = await unscoped(ctx.database).workflowRun.findFirstOrThrow({
      where: { functionId: 'confirm-order', event: { path: ['id'], equals: placedEvent } },
      include: { steps: { orderBy: { position: 'asc' } } },
    });
    expect(parked.status).toBe('running');
    expect(parked.lockedUntil).toBeNull();
    expect(parked.steps.map((step) => step.stepId)).toEqual([
      'hold-stock-for-payment',
      'wait-for-payment',
      'read-payment-state',
      'confirm-order',
    ]);
    expect((await orderOf(orderId)).status).toBe('processing');
    const key = `order-confirmation:${orderId}`;
    expect(await db().emailOutbox.findMany({ where: { idempotencyKey: key } })).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 1 }),
    ]);

    // Stripe delivers its webhook again meanwhile; a new process takes over.
    expect((await deliverAgain()).status).toBe('duplicate');
    start({ now: clock.now });
    const run = await checkoutRun(orderId);

    expect(run).toMatchObject({ status: 'completed', result: { outcome: 'confirmed' } });
    expect(run.steps.map((step) => step.stepId)).toEqual([
      'hold-stock-for-payment',
      'wait-for-payment',
      'read-payment-state',
      'confirm-order',
      'send-order-confirmation',
    ]);
    const intents = [...stripe.state.paymentIntents.values()].filter(
      (intent) => intent.metadata.orderId === orderId,
    );
    expect(intents.map((intent) => intent.id)).toEqual([intentId]);
    expect(await db().payment.findMany({ where: { orderId } })).toEqual([
      expect.objectContaining({ status: 'captured', capturedAmount: placed.total }),
    ]);
    const order = await orderOf(orderId);
    expect(order).toMatchObject({ status: 'processing', paidTotal: placed.total });
    expect(await db().order.count({ where: { cartId: order.cartId } })).toBe(1);
    expect(await levelOf(variantId)).toEqual({ onHand: 8, reserved: 0 });
    expect(
      await db().inventoryTransaction.count({ where: { referenceId: orderId, reason: 'sale' } }),
    ).toBe(1);
    expect(await db().emailOutbox.findMany({ where: { idempotencyKey: key } })).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 2 }),
    ]);
  });

  it('confirms an order whose payment arrived while no runner was up', async () => {
    const clock = movableClock();
    const runnerA = start({ now: clock.now });
    const placed = await placeOrderPaidWith(db(), store(), 'stripe', 1);
    const placedEvent = await domainEventId(ctx.database, tenantId(), 'order.placed', {
      orderId: placed.orderId,
    });
    await waitingRunFor(ctx.database, 'confirm-order', placedEvent);
    await runnerA.stop();

    await payByCard(placed.orderId, placed.shopper);
    start({ now: clock.now });

    const run = await checkoutRun(placed.orderId);
    expect(run).toMatchObject({ status: 'completed', result: { outcome: 'confirmed' } });
    await sentEmail(ctx.database, tenantId(), `order-confirmation:${placed.orderId}`);
  });
});
