import { createOutboxTransport } from '@storeloom/email';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { DOCUMENT_SETTINGS_KEY, EMAIL_SETTINGS_KEY } from '@storeloom/validators';
import { describe, expect, it } from 'vitest';

import { isDomainError } from '../errors/domain-error.ts';
import { loadEmailBranding } from './load-email-branding.ts';
import { sendStoreEmail } from './send-store-email.ts';

const ctx = useTwoStoreDatabase();

const storeA = () => ctx.fixture.storeA;
const dbA = () => ctx.database.forTenant(storeA().tenantId);

const magicLink = {
  customerName: 'Sam',
  signInUrl: 'https://alpha.example.com/account/magic?token=t',
  expiresInMinutes: 15,
};

describe('store emails', () => {
  it('brands the email with the store and signs it with its default sender', async () => {
    const identity = await loadEmailBranding({ db: dbA(), tenantId: storeA().tenantId });
    expect(identity).toEqual({
      branding: {
        storeName: 'Alpha Goods',
        logoUrl: null,
        primaryColor: '#2563eb',
        storeUrl: 'http://alpha.localhost',
        contactEmail: null,
        address: null,
        locale: 'en-US',
      },
      from: '"Alpha Goods" <no-reply@storeloom.localhost>',
      replyTo: undefined,
    });
  });

  it('uses the store’s theme, address, sender name and reply-to', async () => {
    const tenantId = storeA().tenantId;
    await dbA().tenant.update({
      where: { id: tenantId },
      data: {
        contactEmail: 'hello@alpha.example.com',
        theme: { accentColor: '#aa3300', logoUrl: 'https://cdn.example.com/alpha.png' },
      },
    });
    await dbA().tenantSetting.createMany({
      data: [
        {
          tenantId,
          key: EMAIL_SETTINGS_KEY,
          value: { fromName: 'Alpha Orders', replyTo: 'care@alpha.example.com' },
        },
        {
          tenantId,
          key: DOCUMENT_SETTINGS_KEY,
          value: { addressLines: ['1 Main St', 'Springfield'] },
        },
      ],
    });
    const result = await sendStoreEmail({
      db: dbA(),
      tenantId,
      to: 'sam@example.com',
      templateKey: 'customer_magic_link',
      data: magicLink,
      idempotencyKey: 'magic-1',
      transport: createOutboxTransport(),
    });
    if (result.skipped) throw new Error('Expected the email to be sent');
    expect(result.email).toMatchObject({
      from: '"Alpha Orders" <no-reply@storeloom.localhost>',
      replyTo: 'care@alpha.example.com',
      subject: 'Your sign-in link for Alpha Goods',
      status: 'sent',
    });
    expect(result.email.html).toContain('#aa3300');
    expect(result.email.html).toContain('https://cdn.example.com/alpha.png');
    expect(result.email.html).toContain('1 Main St, Springfield');
    expect(result.email.html).toContain('hello@alpha.example.com');
  });

  it('answers bad template data with a BAD_REQUEST naming the field, and records nothing', async () => {
    const before = await dbA().emailOutbox.count();
    const error: unknown = await sendStoreEmail({
      db: dbA(),
      tenantId: storeA().tenantId,
      to: 'sam@example.com',
      templateKey: 'customer_magic_link',
      data: { ...magicLink, expiresInMinutes: -5 },
      idempotencyKey: 'magic-bad',
      transport: createOutboxTransport(),
    }).catch((reason: unknown) => reason);
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', details: { field: 'expiresInMinutes' } });
    expect(await dbA().emailOutbox.count()).toBe(before);
  });
});
