import { randomUUID } from 'node:crypto';

import { startPayPalFake } from '@storeloom/testing';
import type { PayPalFake, PayPalFakeEvent } from '@storeloom/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createPaymentProvider, isProviderConfigured } from '../../registry.ts';
import type { CreatePaymentInput, PaymentProviderOptions } from '../../types.ts';

let fake: PayPalFake;

beforeAll(async () => {
  fake = await startPayPalFake();
});
afterAll(() => fake.close());
beforeEach(() => fake.controls.reset());

const paypal = (
  options: PaymentProviderOptions = {},
  credentials: Record<string, string> = fake.credentials,
) =>
  createPaymentProvider('paypal', credentials, {
    apiBaseUrl: fake.url,
    timeoutMs: 1000,
    maxRetries: 2,
    retryBaseDelayMs: 1,
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
  returnUrl: 'https://shop.example/checkout/paypal/return',
  cancelUrl: 'https://shop.example/checkout',
  ...overrides,
});

const capture = (reference: string, amount?: number) =>
  paypal().capturePayment({
    reference,
    currency: 'EUR',
    idempotencyKey: randomUUID(),
    ...(amount === undefined ? {} : { amount }),
  });

/** An order the shopper approved on PayPal and the platform captured. */
async function capturedOrder(amount = 2599) {
  const created = await paypal().createPayment(order({ amount }));
  fake.controls.approveOrder(created.reference);
  await capture(created.reference);
  return created.reference;
}

const refund = (reference: string, amount: number) =>
  paypal().refundPayment({ reference, amount, currency: 'EUR', idempotencyKey: randomUUID() });

const requestsSince = (start: number, path: string) =>
  fake.state.requests.slice(start).filter((request) => request.path === path);

describe('paypal provider: payments', () => {
  it('creates an order with a decimal amount and returns the approval link', async () => {
    const input = order();
    const created = await paypal().createPayment(input);
    expect(created.status).toBe('requires_action');
    expect(created.approvalUrl).toBe(
      `https://www.sandbox.paypal.com/checkoutnow?token=${created.reference}`,
    );
    const stored = fake.state.orders.get(created.reference);
    expect(stored?.intent).toBe('CAPTURE');
    expect(stored?.purchase_units[0]).toMatchObject({
      reference_id: input.orderId,
      custom_id: `tenant_a:${input.orderId}`,
      amount: { currency_code: 'EUR', value: '25.99' },
    });
  });

  it('formats zero-decimal currencies without decimals', async () => {
    const created = await paypal().createPayment(order({ amount: 500, currency: 'JPY' }));
    expect(fake.state.orders.get(created.reference)?.purchase_units[0]?.amount).toEqual({
      currency_code: 'JPY',
      value: '500',
    });
  });

  it('sends TWD as whole dollars and refuses cents or currencies PayPal does not take, without a request', async () => {
    const created = await paypal().createPayment(order({ amount: 123400, currency: 'TWD' }));
    expect(fake.state.orders.get(created.reference)?.purchase_units[0]?.amount).toEqual({
      currency_code: 'TWD',
      value: '1234',
    });
    const start = fake.state.requests.length;
    await expect(
      paypal().createPayment(order({ amount: 123450, currency: 'TWD' })),
    ).rejects.toMatchObject({ code: 'unsupported_currency', provider: 'paypal' });
    await expect(
      paypal().createPayment(order({ amount: 1000, currency: 'KWD' })),
    ).rejects.toMatchObject({ code: 'unsupported_currency' });
    await expect(
      paypal().refundPayment({
        reference: created.reference,
        amount: 50,
        currency: 'TWD',
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ code: 'unsupported_currency' });
    expect(fake.state.requests.length).toBe(start);
  });

  it('creates one order for the same idempotency key, sent as PayPal-Request-Id', async () => {
    const input = order();
    const before = fake.state.orders.size;
    const start = fake.state.requests.length;
    const first = await paypal().createPayment(input);
    const second = await paypal().createPayment(input);
    expect(second.reference).toBe(first.reference);
    expect(fake.state.orders.size).toBe(before + 1);
    expect(requestsSince(start, '/v2/checkout/orders').map((r) => r.requestId)).toEqual([
      input.idempotencyKey,
      input.idempotencyKey,
    ]);
  });

  it('reuses the access token across providers', async () => {
    await paypal().createPayment(order());
    const start = fake.state.requests.length;
    await paypal().createPayment(order());
    await paypal().createPayment(order());
    expect(requestsSince(start, '/v1/oauth2/token')).toHaveLength(0);
  });

  it('captures an approved order once, even when asked again', async () => {
    const created = await paypal().createPayment(order());
    fake.controls.approveOrder(created.reference);
    const first = await capture(created.reference);
    expect(first).toEqual({
      reference: created.reference,
      status: 'captured',
      capturedAmount: 2599,
    });
    const again = await capture(created.reference);
    expect(again).toEqual(first);
    expect(
      fake.state.orders.get(created.reference)?.purchase_units[0]?.payments?.captures,
    ).toHaveLength(1);
  });

  it('refuses to capture before the shopper approved', async () => {
    const created = await paypal().createPayment(order());
    await expect(capture(created.reference)).rejects.toMatchObject({
      code: 'invalid_request',
      provider: 'paypal',
    });
  });

  it('authorises, then captures part of the authorisation', async () => {
    const created = await paypal().createPayment(order({ capture: 'manual' }));
    expect(fake.state.orders.get(created.reference)?.intent).toBe('AUTHORIZE');
    fake.controls.approveOrder(created.reference);
    const captured = await capture(created.reference, 2000);
    expect(captured).toEqual({
      reference: created.reference,
      status: 'captured',
      capturedAmount: 2000,
    });
  });

  it('refunds partly, then the rest, then refuses more than was captured', async () => {
    const reference = await capturedOrder(2599);
    const first = await refund(reference, 1000);
    expect(first).toMatchObject({ status: 'succeeded', amount: 1000 });
    await expect(refund(reference, 1600)).rejects.toMatchObject({
      code: 'refund_exceeds_captured',
      providerCode: 'REFUND_AMOUNT_EXCEEDED',
    });
    expect(fake.state.orders.get(reference)?.purchase_units[0]?.payments?.refunds).toHaveLength(1);
    await expect(refund(reference, 1599)).resolves.toMatchObject({
      status: 'succeeded',
      amount: 1599,
    });
    await expect(refund(reference, 1)).rejects.toMatchObject({ code: 'refund_exceeds_captured' });
  });

  it('refuses a refund when nothing was captured', async () => {
    const created = await paypal().createPayment(order());
    await expect(refund(created.reference, 100)).rejects.toMatchObject({
      code: 'refund_exceeds_captured',
    });
  });

  it('reports a declined payment', async () => {
    const created = await paypal().createPayment(order());
    fake.controls.approveOrder(created.reference);
    fake.controls.declineNext();
    await expect(capture(created.reference)).rejects.toMatchObject({
      code: 'declined',
      providerCode: 'INSTRUMENT_DECLINED',
    });
  });

  it('reports an unknown reference', async () => {
    await expect(capture('5O190127TN364715T')).rejects.toMatchObject({ code: 'unknown_reference' });
    await expect(refund('5O190127TN364715T', 100)).rejects.toMatchObject({
      code: 'unknown_reference',
    });
  });

  it('fetches a fresh access token once when PayPal stops accepting the cached one', async () => {
    await paypal().createPayment(order());
    fake.controls.revokeTokens();
    const start = fake.state.requests.length;
    const created = await paypal().createPayment(order());
    expect(fake.state.orders.has(created.reference)).toBe(true);
    expect(requestsSince(start, '/v1/oauth2/token')).toHaveLength(1);
    expect(requestsSince(start, '/v2/checkout/orders')).toHaveLength(2);
  });

  it('reports rejected client credentials', async () => {
    const provider = paypal({}, { ...fake.credentials, clientSecret: 'not-the-secret' });
    await expect(provider.createPayment(order())).rejects.toMatchObject({
      code: 'authentication_failed',
      message: 'PayPal rejected the client ID or secret: check them in payment settings.',
    });
  });
});

describe('paypal provider: faults', () => {
  it('retries timeouts with the same PayPal-Request-Id, then reports PayPal unavailable, with one order', async () => {
    await paypal().createPayment(order()); // the access token is cached from here on
    const before = fake.state.orders.size;
    const start = fake.state.requests.length;
    fake.controls.delayNext(3, 1000);
    const input = order();
    await expect(
      paypal({ timeoutMs: 100, maxRetries: 2 }).createPayment(input),
    ).rejects.toMatchObject({
      code: 'provider_unavailable',
    });
    const attempts = requestsSince(start, '/v2/checkout/orders');
    expect(attempts).toHaveLength(3);
    expect(attempts.every((attempt) => attempt.requestId === input.idempotencyKey)).toBe(true);
    expect(fake.state.orders.size).toBe(before + 1);
  });

  it('succeeds after a transient 503', async () => {
    await paypal().createPayment(order());
    const start = fake.state.requests.length;
    fake.controls.failNext(1, 503);
    const created = await paypal().createPayment(order());
    expect(fake.state.orders.has(created.reference)).toBe(true);
    expect(requestsSince(start, '/v2/checkout/orders')).toHaveLength(2);
  });

  it('reports PayPal unavailable when 500s outlast the retries', async () => {
    await paypal().createPayment(order());
    fake.controls.failNext(3, 500);
    await expect(paypal({ maxRetries: 2 }).createPayment(order())).rejects.toMatchObject({
      code: 'provider_unavailable',
      message: 'PayPal is not answering right now. Try again in a few minutes.',
    });
  });
});

describe('paypal provider: webhooks', () => {
  it('verifies PAYMENT.CAPTURE.COMPLETED through PayPal and reads the order and amount', async () => {
    const reference = await capturedOrder(2599);
    const event = fake.events.captureCompleted(reference);
    const verified = await paypal().verifyWebhook(fake.webhookDelivery(event));
    expect(verified).toMatchObject({
      provider: 'paypal',
      eventId: event.id,
      type: 'PAYMENT.CAPTURE.COMPLETED',
      occurredAt: new Date(event.create_time),
      effect: { kind: 'payment_succeeded', reference, amount: 2599, currency: 'EUR' },
    });
    expect(verified.payload).toEqual(event);
  });

  it('maps PAYMENT.CAPTURE.DENIED to a failed payment', async () => {
    const reference = await capturedOrder();
    const verified = await paypal().verifyWebhook(
      fake.webhookDelivery(fake.events.captureDenied(reference)),
    );
    expect(verified.effect).toMatchObject({ kind: 'payment_failed', reference, code: 'DENIED' });
  });

  it('maps PAYMENT.CAPTURE.REFUNDED to the cumulative refunded total', async () => {
    const reference = await capturedOrder(2599);
    await refund(reference, 500);
    const latest = await refund(reference, 700);
    const verified = await paypal().verifyWebhook(
      fake.webhookDelivery(fake.events.captureRefunded(reference)),
    );
    expect(verified.effect).toEqual({
      kind: 'payment_refunded',
      reference,
      refundReference: latest.refundReference,
      refundedTotal: 1200,
      currency: 'EUR',
    });
  });

  it('finds the order from the capture when the event does not name it', async () => {
    const reference = await capturedOrder(2599);
    const event = fake.events.captureCompleted(reference);
    const { supplementary_data: _dropped, ...resource } = event.resource;
    const verified = await paypal().verifyWebhook(fake.webhookDelivery({ ...event, resource }));
    expect(verified.effect).toMatchObject({ kind: 'payment_succeeded', reference, amount: 2599 });
  });

  it('sums the order refunds when the refund event has no cumulative total', async () => {
    const reference = await capturedOrder(2599);
    await refund(reference, 300);
    await refund(reference, 400);
    const event = fake.events.captureRefunded(reference);
    const { seller_payable_breakdown: _dropped, ...resource } = event.resource;
    const verified = await paypal().verifyWebhook(fake.webhookDelivery({ ...event, resource }));
    expect(verified.effect).toMatchObject({
      kind: 'payment_refunded',
      reference,
      refundedTotal: 700,
    });
  });

  it('ignores event types the platform does not use', async () => {
    const reference = await capturedOrder();
    const event: PayPalFakeEvent = {
      ...fake.events.captureCompleted(reference),
      event_type: 'CHECKOUT.ORDER.APPROVED',
    };
    const verified = await paypal().verifyWebhook(fake.webhookDelivery(event));
    expect(verified.effect.kind).toBe('ignored');
  });

  it('rejects a forged signature', async () => {
    const reference = await capturedOrder();
    const delivery = fake.webhookDelivery(fake.events.captureCompleted(reference));
    delivery.headers.set('paypal-transmission-sig', 'Zm9yZ2Vk');
    await expect(paypal().verifyWebhook(delivery)).rejects.toMatchObject({
      code: 'invalid_signature',
    });
  });

  it('rejects a tampered body', async () => {
    const reference = await capturedOrder(2599);
    const delivery = fake.webhookDelivery(fake.events.captureCompleted(reference));
    const rawBody = delivery.rawBody.replace('"value":"25.99"', '"value":"9999.00"');
    expect(rawBody).not.toBe(delivery.rawBody);
    await expect(paypal().verifyWebhook({ ...delivery, rawBody })).rejects.toMatchObject({
      code: 'invalid_signature',
    });
  });

  it('rejects a delivery for another webhook id', async () => {
    const reference = await capturedOrder();
    const delivery = fake.webhookDelivery(fake.events.captureCompleted(reference));
    const provider = paypal({}, { ...fake.credentials, webhookId: 'WH-SOMEONE-ELSE' });
    await expect(provider.verifyWebhook(delivery)).rejects.toMatchObject({
      code: 'invalid_signature',
    });
  });

  it('reports PayPal unavailable, not a bad signature, when verification cannot be asked', async () => {
    const reference = await capturedOrder();
    const delivery = fake.webhookDelivery(fake.events.captureCompleted(reference));
    fake.controls.failNext(3, 503);
    await expect(paypal().verifyWebhook(delivery)).rejects.toMatchObject({
      code: 'provider_unavailable',
    });
  });

  it('rejects a delivery without transmission headers or with a body that is not an event', async () => {
    const reference = await capturedOrder();
    const delivery = fake.webhookDelivery(fake.events.captureCompleted(reference));
    const start = fake.state.requests.length;
    await expect(
      paypal().verifyWebhook({ rawBody: delivery.rawBody, headers: new Headers() }),
    ).rejects.toMatchObject({ code: 'invalid_signature' });
    await expect(
      paypal().verifyWebhook({ rawBody: 'not json', headers: delivery.headers }),
    ).rejects.toMatchObject({ code: 'invalid_signature' });
    expect(fake.state.requests.length).toBe(start);
  });
});

describe('paypal provider: configuration', () => {
  it('is not configured without a client secret', () => {
    const credentials = { ...fake.credentials, clientSecret: '' };
    expect(isProviderConfigured('paypal', credentials)).toBe(false);
    expect(() => createPaymentProvider('paypal', credentials)).toThrow(
      'PayPal is not configured: enter the Client secret in payment settings.',
    );
  });
});
