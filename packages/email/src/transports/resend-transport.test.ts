import { startResendFake, type ResendFake } from '@storeloom/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { EmailDeliveryError } from '../errors.ts';
import type { OutgoingEmail } from './email-transport.ts';
import { createResendTransport } from './resend-transport.ts';

const message: OutgoingEmail = {
  from: 'Alpha Goods <orders@alpha.example.com>',
  to: 'sam@example.com',
  replyTo: 'help@alpha.example.com',
  subject: 'Order #1 confirmed',
  html: '<p>Thanks</p>',
  text: 'Thanks',
  attachments: [
    { filename: 'invoice-1.pdf', contentType: 'application/pdf', contentBase64: 'JVBERi0xLjQK' },
  ],
};

async function deliveryErrorOf(promise: Promise<unknown>): Promise<EmailDeliveryError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof EmailDeliveryError)) throw new Error('Expected an EmailDeliveryError');
  return error;
}

describe('Resend transport (real SDK against the local fake)', () => {
  let fake: ResendFake;
  beforeAll(async () => {
    fake = await startResendFake();
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.controls.reset());

  it('sends the message in Resend’s shape and returns its id', async () => {
    const transport = createResendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
    const { providerMessageId } = await transport.send(message, { idempotencyKey: 'k-1' });
    expect(fake.sent).toHaveLength(1);
    const [sent] = fake.sent;
    expect(providerMessageId).toBe(sent?.id);
    expect(sent).toMatchObject({
      idempotencyKey: 'k-1',
      from: message.from,
      to: ['sam@example.com'],
      replyTo: ['help@alpha.example.com'],
      subject: 'Order #1 confirmed',
      html: '<p>Thanks</p>',
      text: 'Thanks',
      attachments: [
        { filename: 'invoice-1.pdf', contentType: 'application/pdf', content: 'JVBERi0xLjQK' },
      ],
    });
    expect(fake.requests[0]?.authorization).toBe(`Bearer ${fake.apiKey}`);
  });

  it('sends once for the same idempotency key', async () => {
    const transport = createResendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
    const first = await transport.send(message, { idempotencyKey: 'k-2' });
    const second = await transport.send(message, { idempotencyKey: 'k-2' });
    expect(second.providerMessageId).toBe(first.providerMessageId);
    expect(fake.requests).toHaveLength(2);
    expect(fake.sent).toHaveLength(1);
  });

  it('reports a provider error as retriable', async () => {
    fake.controls.failNext(1, 500);
    const transport = createResendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
    const error = await deliveryErrorOf(transport.send(message, { idempotencyKey: 'k-3' }));
    expect(error.retriable).toBe(true);
    expect(error.providerCode).toBe('internal_server_error');
    expect(error.message).toBe('Resend: An unexpected error occurred.');
    expect(fake.sent).toHaveLength(0);
  });

  it('reports a refused message and a bad key as not retriable', async () => {
    fake.controls.failNext(1, 422);
    const transport = createResendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });
    const invalid = await deliveryErrorOf(transport.send(message, { idempotencyKey: 'k-4' }));
    expect(invalid).toMatchObject({ retriable: false, providerCode: 'validation_error' });

    const badKey = createResendTransport({ apiKey: 're_wrong', baseUrl: fake.url });
    const refused = await deliveryErrorOf(badKey.send(message, { idempotencyKey: 'k-5' }));
    expect(refused).toMatchObject({ retriable: false, providerCode: 'invalid_api_key' });
  });

  it('gives up on a slow provider after the timeout, as a retriable failure', async () => {
    fake.controls.delayNext(1, 2_000);
    const transport = createResendTransport({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      timeoutMs: 200,
    });
    const error = await deliveryErrorOf(transport.send(message, { idempotencyKey: 'k-6' }));
    expect(error.retriable).toBe(true);
  });

  it('reports an unreachable provider as retriable', async () => {
    const transport = createResendTransport({ apiKey: 're_x', baseUrl: 'http://127.0.0.1:9' });
    const error = await deliveryErrorOf(transport.send(message, { idempotencyKey: 'k-7' }));
    expect(error.retriable).toBe(true);
  });
});
