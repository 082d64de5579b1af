import { startResendFake, type ResendFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { deliverQueuedEmails } from './deliver-queued-emails.ts';
import { EmailDataError, EmailOutboxError } from './errors.ts';
import { retryEmail } from './retry-email.ts';
import { sendEmail, type SendEmailResult } from './send-email.ts';
import { emailTemplates } from './templates/registry.ts';
import { sampleBranding } from './templates/sample-branding.ts';
import { createOutboxTransport } from './transports/outbox-transport.ts';
import { createResendTransport } from './transports/resend-transport.ts';

const ctx = useTwoStoreDatabase();
let fake: ResendFake;

beforeAll(async () => {
  fake = await startResendFake();
});
afterAll(() => fake.close());
beforeEach(() => fake.controls.reset());

const storeA = () => ctx.fixture.storeA;
const dbA = () => ctx.database.forTenant(storeA().tenantId);
const resend = () => createResendTransport({ apiKey: fake.apiKey, baseUrl: fake.url });

function delivered(result: SendEmailResult) {
  if (result.skipped) throw new Error('Expected the email to be recorded');
  return result;
}

const delivery = {
  templateKey: 'shipping_update',
  data: emailTemplates.shipping_update.sampleData,
  branding: sampleBranding,
  to: 'Sam@Example.com',
} as const;

describe('sendEmail', () => {
  it('records the email as sent by the outbox transport', async () => {
    const result = delivered(
      await sendEmail({
        db: dbA(),
        tenantId: storeA().tenantId,
        transport: createOutboxTransport(),
        idempotencyKey: 'outbox-1',
        ...delivery,
      }),
    );
    expect(result.replayed).toBe(false);
    expect(result.email).toMatchObject({
      tenantId: storeA().tenantId,
      to: 'sam@example.com',
      from: 'Storeloom <no-reply@storeloom.localhost>',
      templateKey: 'shipping_update',
      subject: 'Order #1042 has shipped',
      status: 'sent',
      provider: 'outbox',
      providerMessageId: null,
      attempts: 1,
      error: null,
    });
    expect(result.email.sentAt).toBeInstanceOf(Date);
    expect(result.email.html).toContain('1Z999AA10123456784');
    expect(result.email.text).toContain('UPS');
  });

  it('sends through Resend once for the same idempotency key', async () => {
    const send = () =>
      sendEmail({
        db: dbA(),
        tenantId: storeA().tenantId,
        transport: resend(),
        idempotencyKey: 'order-7-shipped',
        from: 'Alpha Goods <orders@alpha.example.com>',
        replyTo: 'help@alpha.example.com',
        attachments: [
          {
            filename: 'packing-slip.pdf',
            contentType: 'application/pdf',
            contentBase64: 'JVBERi0K',
          },
        ],
        ...delivery,
      });
    const first = delivered(await send());
    const second = delivered(await send());

    expect(first.email.status).toBe('sent');
    expect(first.email.provider).toBe('resend');
    expect(first.email.providerMessageId).toBe(fake.sent[0]?.id);
    expect(second).toMatchObject({ replayed: true, email: { id: first.email.id } });
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({
      idempotencyKey: `${storeA().tenantId}:order-7-shipped`,
      to: ['sam@example.com'],
      replyTo: ['help@alpha.example.com'],
      attachments: [{ filename: 'packing-slip.pdf', content: 'JVBERi0K' }],
    });
    const rows = await dbA().emailOutbox.count({ where: { idempotencyKey: 'order-7-shipped' } });
    expect(rows).toBe(1);
  });

  it('sends once when two sends with the same key race', async () => {
    const send = () =>
      sendEmail({
        db: dbA(),
        tenantId: storeA().tenantId,
        transport: resend(),
        idempotencyKey: 'race-1',
        ...delivery,
      });
    const results = (await Promise.all([send(), send(), send()])).map(delivered);
    expect(new Set(results.map((result) => result.email.id)).size).toBe(1);
    expect(fake.sent).toHaveLength(1);
    expect(await dbA().emailOutbox.count({ where: { idempotencyKey: 'race-1' } })).toBe(1);
  });

  it('records a transport failure, and a retry sends it', async () => {
    fake.controls.failNext(1, 500);
    const failed = delivered(
      await sendEmail({
        db: dbA(),
        tenantId: storeA().tenantId,
        transport: resend(),
        idempotencyKey: 'refund-3',
        templateKey: 'refund_issued',
        data: emailTemplates.refund_issued.sampleData,
        branding: sampleBranding,
        to: 'sam@example.com',
      }),
    );
    expect(failed.failure).toEqual({
      message: 'Resend: An unexpected error occurred.',
      retriable: true,
    });
    expect(failed.email).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: 'Resend: An unexpected error occurred.',
      sentAt: null,
    });
    expect(fake.sent).toHaveLength(0);

    const retried = await retryEmail({ db: dbA(), emailId: failed.email.id, transport: resend() });
    expect(retried.failure).toBeUndefined();
    expect(retried.email).toMatchObject({ status: 'sent', attempts: 2, error: null });
    expect(retried.email.providerMessageId).toBe(fake.sent[0]?.id);
    expect(fake.sent).toHaveLength(1);

    // Sent now: a second retry is refused and sends nothing.
    await expect(
      retryEmail({ db: dbA(), emailId: failed.email.id, transport: resend() }),
    ).rejects.toMatchObject({ code: 'not_retriable' });
    expect(fake.sent).toHaveLength(1);
  });

  it('refuses bad data with the field named and records nothing', async () => {
    const before = await dbA().emailOutbox.count();
    const error: unknown = await sendEmail({
      db: dbA(),
      tenantId: storeA().tenantId,
      transport: createOutboxTransport(),
      idempotencyKey: 'bad-data',
      templateKey: 'estimate_sent',
      data: { ...emailTemplates.estimate_sent.sampleData, viewUrl: 'not a link' },
      branding: sampleBranding,
      to: 'sam@example.com',
    }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(EmailDataError);
    expect(error).toMatchObject({ field: 'viewUrl' });

    const badAddress: unknown = await sendEmail({
      db: dbA(),
      tenantId: storeA().tenantId,
      transport: createOutboxTransport(),
      idempotencyKey: 'bad-address',
      ...delivery,
      to: 'not-an-address',
    }).catch((reason: unknown) => reason);
    expect(badAddress).toMatchObject({ name: 'EmailDataError', field: 'to' });
    expect(await dbA().emailOutbox.count()).toBe(before);
  });

  it('does not send a template the store disabled, and records nothing', async () => {
    await dbA().emailTemplate.create({
      data: {
        tenantId: storeA().tenantId,
        key: 'abandoned_cart',
        subject: 'Come back',
        isEnabled: false,
      },
    });
    const result = await sendEmail({
      db: dbA(),
      tenantId: storeA().tenantId,
      transport: resend(),
      idempotencyKey: 'cart-reminder-1',
      templateKey: 'abandoned_cart',
      data: emailTemplates.abandoned_cart.sampleData,
      branding: sampleBranding,
      to: 'sam@example.com',
    });
    expect(result).toEqual({ skipped: true, reason: 'template_disabled' });
    expect(fake.sent).toHaveLength(0);
    expect(await dbA().emailOutbox.count({ where: { idempotencyKey: 'cart-reminder-1' } })).toBe(0);
  });

  it('uses the store’s subject override', async () => {
    await dbA().emailTemplate.create({
      data: { tenantId: storeA().tenantId, key: 'order_delivered', subject: 'It arrived!' },
    });
    const result = delivered(
      await sendEmail({
        db: dbA(),
        tenantId: storeA().tenantId,
        transport: createOutboxTransport(),
        idempotencyKey: 'delivered-1',
        templateKey: 'order_delivered',
        data: emailTemplates.order_delivered.sampleData,
        branding: sampleBranding,
        to: 'sam@example.com',
      }),
    );
    expect(result.email.subject).toBe('It arrived!');
  });
});

describe('retryEmail and deliverQueuedEmails', () => {
  it('cannot see or retry another store’s email', async () => {
    const dbB = ctx.database.forTenant(ctx.fixture.storeB.tenantId);
    const emailId = storeA().ids.emailId;
    await expect(retryEmail({ db: dbB, emailId, transport: resend() })).rejects.toBeInstanceOf(
      EmailOutboxError,
    );
    await expect(retryEmail({ db: dbB, emailId, transport: resend() })).rejects.toMatchObject({
      code: 'not_found',
    });
    const row = await dbA().emailOutbox.findUniqueOrThrow({ where: { id: emailId } });
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(fake.sent).toHaveLength(0);
  });

  it('delivers rows a crash left queued or half-sent, and leaves fresh ones', async () => {
    const tenantId = storeA().tenantId;
    const longAgo = new Date(Date.now() - 3_600_000);
    const row = (idempotencyKey: string, status: 'queued' | 'sending', createdAt: Date) => ({
      tenantId,
      to: 'sam@example.com',
      from: 'Storeloom <no-reply@storeloom.localhost>',
      subject: `Left ${status}`,
      html: '<p>Hello</p>',
      status,
      idempotencyKey,
      createdAt,
    });
    // Rows as a crash leaves them: created earlier, never (or only half) delivered.
    await dbA().emailOutbox.createMany({
      data: [
        row('crash-queued', 'queued', longAgo),
        row('crash-sending', 'sending', longAgo),
        row('fresh-queued', 'queued', new Date()),
      ],
    });
    const results = await deliverQueuedEmails({ db: dbA(), transport: resend() });
    expect(results.map((result) => result.email.idempotencyKey).sort()).toEqual([
      'crash-queued',
      'crash-sending',
    ]);
    expect(results.every((result) => result.email.status === 'sent')).toBe(true);
    expect(fake.sent.map((email) => email.subject).sort()).toEqual(['Left queued', 'Left sending']);
    const fresh = await dbA().emailOutbox.findFirstOrThrow({
      where: { idempotencyKey: 'fresh-queued' },
    });
    expect(fresh.status).toBe('queued');
  });
});
