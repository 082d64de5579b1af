import { randomUUID } from 'node:crypto';

import { startStripeFake } from '@storeloom/testing';
import type { StripeFake } from '@storeloom/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createPaymentProvider, isProviderConfigured } from '../../registry.ts';
import type { CreatePaymentInput, PaymentProviderOptions } from '../../types.ts';

let fake: StripeFake;

beforeAll(async () => {
  fake = await startStripeFake();
});
afterAll(() => fake.close());
beforeEach(() => fake.controls.reset());

const stripe = (options: PaymentProviderOptions = {}, credentials = fake.credentials) =>
  createPaymentProvider('stripe', credentials, {
    apiBaseUrl: fake.url,
    timeoutMs: 1000,
    maxRetries: 1,
    ...options,
  });

const order = (overrides: Partial<CreatePaymentInput> = {}): CreatePaymentInput => ({
  tenantId: 'tenant_a',
  orderId: `order_${randomUUID()}`,
  orderNumber: '1001',
  amount: 2599,
  currency: 'EUR',
  idempotencyKey: randomUUID(),
  capture: 'automatic',
  ...overrides,
});

/** A payment the shopper completed in the browser (Stripe Elements) and Stripe captured. */
async function paidPayment(amount = 2599) {
  const created = await stripe().createPayment(order({ amount }));
  fake.controls.confirmPaymentIntent(created.reference);
  return created.reference;
}

const refund = (reference: string, amount: number) =>
  stripe().refundPayment({ reference, amount, currency: 'EUR', idempotencyKey: randomUUID() });

describe('stripe provider: payments', () => {
  it('creates a PaymentIntent with the order in its metadata', async () => {
    const input = order({ customerEmail: 'ada@example.com' });
    const created = await stripe().createPayment(input);
    expect(created.status).toBe('pending');
    expect(created.reference).toMatch(/^pi_/);
    expect(created.clientSecret).toMatch(new RegExp(`^${created.reference}_secret_`));
    const intent = fake.state.paymentIntents.get(created.reference);
    expect(intent).toMatchObject({
      amount: 2599,
      currency: 'eur',
      capture_method: 'automatic',
      automatic_payment_methods: { enabled: true },
      receipt_email: 'ada@example.com',
      metadata: { tenantId: 'tenant_a', orderId: input.orderId, orderNumber: '1001' },
    });
    expect(fake.state.requests.at(-1)?.idempotencyKey).toBe(input.idempotencyKey);
  });

  it('sends zero-decimal currencies as whole units and HUF in fillér, reading them back the same', async () => {
    const yen = await stripe().createPayment(order({ amount: 500, currency: 'JPY' }));
    expect(fake.state.paymentIntents.get(yen.reference)).toMatchObject({
      amount: 500,
      currency: 'jpy',
    });
    const forint = await stripe().createPayment(order({ amount: 500, currency: 'HUF' }));
    expect(fake.state.paymentIntents.get(forint.reference)).toMatchObject({
      amount: 50000,
      currency: 'huf',
    });
    fake.controls.confirmPaymentIntent(forint.reference);
    const refunded = await stripe().refundPayment({
      reference: forint.reference,
      amount: 200,
      currency: 'HUF',
      idempotencyKey: randomUUID(),
    });
    expect(refunded.amount).toBe(200);
    expect([...fake.state.refunds.values()].at(-1)?.amount).toBe(20000);
    const event = await stripe().verifyWebhook(
      fake.signedWebhook(fake.events.chargeRefunded(forint.reference)),
    );
    expect(event.effect).toMatchObject({ kind: 'payment_refunded', refundedTotal: 200 });
  });

  it('refuses a three-decimal amount Stripe cannot charge, without a request', async () => {
    const start = fake.state.requests.length;
    await expect(
      stripe().createPayment(order({ amount: 5124, currency: 'KWD' })),
    ).rejects.toMatchObject({ code: 'unsupported_currency', provider: 'stripe' });
    expect(fake.state.requests.length).toBe(start);
  });

  it('creates one PaymentIntent for the same idempotency key', async () => {
    const input = order();
    const before = fake.state.paymentIntents.size;
    const first = await stripe().createPayment(input);
    const second = await stripe().createPayment(input);
    expect(second.reference).toBe(first.reference);
    expect(fake.state.paymentIntents.size).toBe(before + 1);
  });

  it('authorises now and captures part of it later', async () => {
    const created = await stripe().createPayment(order({ capture: 'manual' }));
    fake.controls.confirmPaymentIntent(created.reference);
    const captured = await stripe().capturePayment({
      reference: created.reference,
      amount: 2000,
      currency: 'EUR',
      idempotencyKey: randomUUID(),
    });
    expect(captured).toEqual({
      reference: created.reference,
      status: 'captured',
      capturedAmount: 2000,
    });
  });

  it('refunds partly, then the rest, then refuses more than was captured', async () => {
    const reference = await paidPayment(2599);
    const first = await refund(reference, 1000);
    expect(first).toMatchObject({ status: 'succeeded', amount: 1000 });
    expect(first.refundReference).toMatch(/^re_/);
    await expect(refund(reference, 1600)).rejects.toMatchObject({
      code: 'refund_exceeds_captured',
      provider: 'stripe',
    });
    const rest = await refund(reference, 1599);
    expect(rest).toMatchObject({ status: 'succeeded', amount: 1599 });
    await expect(refund(reference, 1)).rejects.toMatchObject({ code: 'refund_exceeds_captured' });
    const charge = [...fake.state.charges.values()].find((c) => c.payment_intent === reference);
    expect(charge?.amount_refunded).toBe(2599);
  });

  it("keeps the merchant's refund reason in the refund metadata", async () => {
    const reference = await paidPayment(2599);
    const refunded = await stripe().refundPayment({
      reference,
      amount: 500,
      currency: 'EUR',
      idempotencyKey: randomUUID(),
      reason: 'Damaged in transit',
    });
    expect(fake.state.refunds.get(refunded.refundReference)?.metadata).toEqual({
      reason: 'Damaged in transit',
    });
  });

  it('reports a declined card with the decline code', async () => {
    fake.controls.declineNext('insufficient_funds');
    await expect(stripe().createPayment(order())).rejects.toMatchObject({
      code: 'declined',
      providerCode: 'insufficient_funds',
      message: 'The card was declined. Try another card or payment method.',
    });
  });

  it('reports an unknown reference', async () => {
    await expect(
      stripe().capturePayment({
        reference: 'pi_missing',
        currency: 'EUR',
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ code: 'unknown_reference', providerCode: 'resource_missing' });
    await expect(refund('pi_missing', 100)).rejects.toMatchObject({ code: 'unknown_reference' });
  });

  it('reports a rejected key without repeating it', async () => {
    const wrongKey = 'sk_test_wrong_key_0000';
    const provider = stripe({}, { ...fake.credentials, secretKey: wrongKey });
    const failure = provider.createPayment(order());
    await expect(failure).rejects.toMatchObject({
      code: 'authentication_failed',
      message: 'Stripe rejected the secret key: check it in payment settings.',
    });
  });

  it('refuses to capture a payment the shopper has not completed', async () => {
    const created = await stripe().createPayment(order({ capture: 'manual' }));
    await expect(
      stripe().capturePayment({
        reference: created.reference,
        currency: 'EUR',
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
  });
});

describe('stripe provider: faults', () => {
  it('retries a timeout with the same key, then reports Stripe unavailable, with one intent', async () => {
    const before = fake.state.paymentIntents.size;
    const requestsBefore = fake.state.requests.length;
    fake.controls.delayNext(2, 1500);
    const input = order();
    await expect(
      stripe({ timeoutMs: 150, maxRetries: 1 }).createPayment(input),
    ).rejects.toMatchObject({
      code: 'provider_unavailable',
    });
    const attempts = fake.state.requests.slice(requestsBefore);
    expect(attempts).toHaveLength(2);
    expect(attempts.every((attempt) => attempt.idempotencyKey === input.idempotencyKey)).toBe(true);
    expect(fake.state.paymentIntents.size).toBe(before + 1);
  });

  it('succeeds after a transient 500', async () => {
    const requestsBefore = fake.state.requests.length;
    fake.controls.failNext(1, 500);
    const created = await stripe().createPayment(order());
    expect(created.reference).toMatch(/^pi_/);
    expect(fake.state.requests.length - requestsBefore).toBe(2);
  });

  it('reports Stripe unavailable when 500s outlast the retries', async () => {
    fake.controls.failNext(2, 500);
    await expect(stripe({ maxRetries: 1 }).createPayment(order())).rejects.toMatchObject({
      code: 'provider_unavailable',
      message: 'Stripe is not answering right now. Try again in a few minutes.',
    });
  });
});

describe('stripe provider: webhooks', () => {
  it('verifies a signed payment_intent.succeeded and reads the amount received', async () => {
    const reference = await paidPayment(2599);
    const event = fake.events.paymentIntentSucceeded(reference);
    const verified = await stripe().verifyWebhook(fake.signedWebhook(event));
    expect(verified).toMatchObject({
      provider: 'stripe',
      eventId: event.id,
      type: 'payment_intent.succeeded',
      occurredAt: new Date(event.created * 1000),
      effect: { kind: 'payment_succeeded', reference, amount: 2599, currency: 'EUR' },
    });
    expect(verified.payload).toEqual(event);
  });

  it('maps payment_intent.payment_failed to the decline', async () => {
    const created = await stripe().createPayment(order());
    fake.controls.failPaymentIntent(created.reference, 'insufficient_funds');
    const event = fake.events.paymentIntentPaymentFailed(created.reference);
    const verified = await stripe().verifyWebhook(fake.signedWebhook(event));
    expect(verified.effect).toEqual({
      kind: 'payment_failed',
      reference: created.reference,
      code: 'insufficient_funds',
      message: 'Your card was declined.',
    });
  });

  it('maps charge.refunded to the cumulative refunded total and the latest refund', async () => {
    const reference = await paidPayment(2599);
    await refund(reference, 500);
    const latest = await refund(reference, 700);
    const verified = await stripe().verifyWebhook(
      fake.signedWebhook(fake.events.chargeRefunded(reference)),
    );
    expect(verified.effect).toEqual({
      kind: 'payment_refunded',
      reference,
      refundReference: latest.refundReference,
      refundedTotal: 1200,
      currency: 'EUR',
    });
  });

  it('ignores event types the platform does not use', async () => {
    const reference = await paidPayment();
    const event = {
      ...fake.events.paymentIntentSucceeded(reference),
      type: 'payment_intent.created',
    };
    const verified = await stripe().verifyWebhook(fake.signedWebhook(event));
    expect(verified.effect.kind).toBe('ignored');
  });

  it('rejects a signature made with another secret', async () => {
    const reference = await paidPayment();
    const delivery = fake.signedWebhook(fake.events.paymentIntentSucceeded(reference), {
      secret: 'whsec_someone_else',
    });
    await expect(stripe().verifyWebhook(delivery)).rejects.toMatchObject({
      code: 'invalid_signature',
    });
  });

  it('rejects a tampered body', async () => {
    const reference = await paidPayment(2599);
    const delivery = fake.signedWebhook(fake.events.paymentIntentSucceeded(reference));
    const rawBody = delivery.rawBody.replace(
      '"amount_received": 2599',
      '"amount_received": 999999',
    );
    expect(rawBody).not.toBe(delivery.rawBody);
    await expect(stripe().verifyWebhook({ ...delivery, rawBody })).rejects.toMatchObject({
      code: 'invalid_signature',
    });
  });

  it('rejects a replay signed long ago and a delivery without a signature', async () => {
    const reference = await paidPayment();
    const event = fake.events.paymentIntentSucceeded(reference);
    const old = fake.signedWebhook(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    await expect(stripe().verifyWebhook(old)).rejects.toMatchObject({ code: 'invalid_signature' });
    const unsigned = { rawBody: JSON.stringify(event), headers: new Headers() };
    await expect(stripe().verifyWebhook(unsigned)).rejects.toMatchObject({
      code: 'invalid_signature',
    });
  });
});

describe('stripe provider: configuration', () => {
  it('is not configured without a secret key', () => {
    const credentials = { ...fake.credentials, secretKey: '' };
    expect(isProviderConfigured('stripe', credentials)).toBe(false);
    expect(() => createPaymentProvider('stripe', credentials)).toThrow(
      'Stripe is not configured: enter the Secret key in payment settings.',
    );
  });
});
