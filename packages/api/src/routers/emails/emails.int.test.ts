import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { emailTemplateKeys } from '@storeloom/validators';
import { describe, expect, it } from 'vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();

type Role = 'owner' | 'admin' | 'staff' | 'viewer';
const as = (role: Role, store: 'storeA' | 'storeB' = 'storeA') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture[store].members[role], setup.fixture[store].tenantId),
  });

const emailOf = (emailId: string) =>
  unscoped(setup.database).emailOutbox.findUniqueOrThrow({ where: { id: emailId } });

describe('emails.outbox', () => {
  it('lists the store’s emails newest first, filtered and paged', async () => {
    const { tenantId } = setup.fixture.storeA;
    await unscoped(setup.database).emailOutbox.createMany({
      data: [1, 2, 3].map((n) => ({
        tenantId,
        to: `buyer${n}@example.com`,
        from: 'Storeloom <no-reply@storeloom.localhost>',
        subject: `Shipped ${n}`,
        html: '<p>Shipped</p>',
        templateKey: 'shipping_update',
        status: 'sent' as const,
        idempotencyKey: `list-${n}`,
        createdAt: new Date(Date.UTC(2026, 0, n)),
      })),
    });
    const firstPage = await as('viewer').emails.outbox.list({ status: 'sent', limit: 2 });
    expect(firstPage.items.map((email) => email.subject)).toEqual(['Shipped 3', 'Shipped 2']);
    expect(firstPage.items[0]).not.toHaveProperty('html');
    const secondPage = await as('viewer').emails.outbox.list({
      status: 'sent',
      limit: 2,
      cursor: firstPage.nextCursor ?? undefined,
    });
    expect(secondPage.items.map((email) => email.subject)).toEqual(['Shipped 1']);
    expect(secondPage.nextCursor).toBeNull();

    const failed = await as('viewer').emails.outbox.list({ status: 'failed' });
    expect(failed.items.map((email) => email.id)).toEqual([setup.fixture.storeA.ids.emailId]);
    const confirmations = await as('viewer').emails.outbox.list({
      templateKey: 'order_confirmation',
    });
    expect(confirmations.items).toHaveLength(1);
  });

  it('shows one email with its HTML, the error and the attempts', async () => {
    const email = await as('viewer').emails.outbox.get({
      emailId: setup.fixture.storeA.ids.emailId,
    });
    expect(email).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: 'Resend: An unexpected error occurred.',
      html: '<p>Order #1 of alpha</p>',
      attachments: [],
    });
  });

  it('retries a failed email (admins up), audited, and refuses one that is not failed', async () => {
    const emailId = setup.fixture.storeA.ids.emailId;
    await expect(as('staff').emails.outbox.retry({ emailId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const retried = await as('admin').emails.outbox.retry({ emailId });
    expect(retried).toMatchObject({ emailId, status: 'sent', attempts: 2, error: null });
    expect(await emailOf(emailId)).toMatchObject({ status: 'sent', provider: 'outbox' });
    const audit = await unscoped(setup.database).auditLog.findFirst({
      where: { tenantId: setup.fixture.storeA.tenantId, action: 'email.retry', targetId: emailId },
    });
    expect(audit?.after).toMatchObject({ status: 'sent', attempts: 2 });

    await expect(as('admin').emails.outbox.retry({ emailId })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'Only failed emails can be retried; this one is sent.',
    });
  });

  it('never shows or retries another store’s email', async () => {
    const emailId = setup.fixture.storeB.ids.emailId;
    await expect(as('owner').emails.outbox.get({ emailId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(as('owner').emails.outbox.retry({ emailId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await emailOf(emailId)).toMatchObject({ status: 'failed', attempts: 1 });
    const listed = await as('owner').emails.outbox.list({});
    expect(listed.items.map((email) => email.id)).not.toContain(emailId);
  });

  it('answers bad input with BAD_REQUEST', async () => {
    await expect(
      as('owner').emails.outbox.list({ status: 'bounced' as never }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      as('owner').emails.outbox.get({ emailId: 'x'.repeat(100_000) }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('emails.templates', () => {
  it('lists every template with its subject and whether the store sends it', async () => {
    await unscoped(setup.database).emailTemplate.create({
      data: {
        tenantId: setup.fixture.storeA.tenantId,
        key: 'abandoned_cart',
        subject: 'Still thinking it over?',
        isEnabled: false,
      },
    });
    const templates = await as('viewer').emails.templates.list();
    expect(templates.map((template) => template.templateKey)).toEqual(emailTemplateKeys);
    expect(templates.find((t) => t.templateKey === 'order_confirmation')).toMatchObject({
      isEnabled: true,
      subject: 'Order #1042 confirmed – Alpha Goods',
      hasCustomSubject: false,
    });
    expect(templates.find((t) => t.templateKey === 'abandoned_cart')).toMatchObject({
      isEnabled: false,
      subject: 'Still thinking it over?',
      hasCustomSubject: true,
    });
    const other = await as('viewer', 'storeB').emails.templates.list();
    expect(other.find((t) => t.templateKey === 'abandoned_cart')?.isEnabled).toBe(true);
  });

  it('previews a template with sample data in the store’s branding', async () => {
    const preview = await as('viewer').emails.templates.preview({ templateKey: 'shipping_update' });
    expect(preview.subject).toBe('Order #1042 has shipped');
    expect(preview.html).toContain('Alpha Goods');
    expect(preview.html).toContain('1Z999AA10123456784');
    expect(preview.html).toContain('http://alpha.localhost');
    expect(preview.text).toContain('Tracking number: 1Z999AA10123456784');

    const bravo = await as('viewer', 'storeB').emails.templates.preview({
      templateKey: 'shipping_update',
    });
    expect(bravo.html).toContain('Bravo Supplies');
    expect(bravo.html).not.toContain('Alpha Goods');
  });

  it('refuses an unknown template', async () => {
    await expect(
      as('viewer').emails.templates.preview({ templateKey: 'nope' as never }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
