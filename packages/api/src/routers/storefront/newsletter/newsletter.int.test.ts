import { describe, expect, it } from 'vitest';

import {
  confirmNewsletterSubscription,
  newsletterUnsubscribeUrl,
  subscribeToNewsletter,
  type RateLimiter,
} from '@storeloom/core';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor } from '../../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const storeB = () => setup.fixture.storeB;
const dbA = () => setup.database.forTenant(storeA().tenantId);

const shopperOf = (store: { host: string }) =>
  callerFor(setup.database, { app: 'storefront', host: store.host });

const noRateLimit: RateLimiter = () => Promise.resolve();

async function confirmationEmails(email: string) {
  return dbA().emailOutbox.findMany({
    where: { to: email, templateKey: 'newsletter_confirmation' },
    orderBy: { createdAt: 'asc' },
    select: { status: true, subject: true, text: true, html: true },
  });
}

/** The token of a storefront link in the email's plain text, e.g. `/newsletter/confirm?token=`. */
function linkToken(text: string | null, path: string): string {
  const match = new RegExp(
    `${path.replaceAll('/', '\\/').replace('?', '\\?')}\\?token=([^\\s\\]\\)]+)`,
  ).exec(text ?? '');
  if (!match?.[1]) throw new Error(`No ${path} link in: ${text ?? '<no text>'}`);
  return decodeURIComponent(match[1]);
}

async function subscribed(email: string) {
  await shopperOf(storeA()).storefront.newsletter.subscribe({ email, source: 'footer' });
  const [sent] = await confirmationEmails(email);
  return {
    confirmToken: linkToken(sent?.text ?? null, '/newsletter/confirm'),
    unsubscribeToken: linkToken(sent?.text ?? null, '/newsletter/unsubscribe'),
  };
}

describe('newsletter signup (double opt-in)', () => {
  it('records a pending address and emails a confirm link and an unsubscribe link on the store host', async () => {
    const result = await shopperOf(storeA()).storefront.newsletter.subscribe({
      email: 'Reader@Example.com',
      source: 'footer',
    });
    expect(result).toEqual({ result: 'confirmation_requested' });
    const row = await dbA().newsletterSubscriber.findFirst({
      where: { email: 'reader@example.com' },
    });
    expect(row).toMatchObject({ status: 'pending', source: 'footer', confirmedAt: null });
    expect(row?.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/);

    const emails = await confirmationEmails('reader@example.com');
    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email?.status).toBe('sent');
    expect(email?.subject).toBe(`Confirm your subscription to ${storeA().name}`);
    expect(email?.text).toContain(`http://${storeA().host}/newsletter/confirm?token=`);
    expect(email?.text).toContain(`http://${storeA().host}/newsletter/unsubscribe?token=`);
    // The database keeps only the hash: the link's token is not stored anywhere readable.
    const token = linkToken(email?.text ?? null, '/newsletter/confirm');
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('confirms once: the address is subscribed, and the same link then fails cleanly', async () => {
    const { confirmToken } = await subscribed('once@example.com');
    const shopper = shopperOf(storeA());
    const confirmed = await shopper.storefront.newsletter.confirm({ token: confirmToken });
    expect(confirmed.email).toBe('once@example.com');
    expect(confirmed.unsubscribeToken.length).toBeGreaterThan(20);
    const row = await dbA().newsletterSubscriber.findFirst({
      where: { email: 'once@example.com' },
    });
    expect(row).toMatchObject({ status: 'subscribed', confirmTokenHash: null });
    expect(row?.confirmedAt).toBeInstanceOf(Date);

    await expect(
      shopper.storefront.newsletter.confirm({ token: confirmToken }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('not valid or has already been used') as string,
    });
    await expect(shopper.storefront.newsletter.confirm({ token: 'made-up' })).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
  });

  it('links a shopper account with the same email and marks it as accepting marketing', async () => {
    const shopper = shopperOf(storeA());
    await shopper.storefront.account.signUp({
      email: 'member@example.com',
      password: 'long enough pass',
      acceptsMarketing: false,
    });
    const { confirmToken, unsubscribeToken } = await subscribed('member@example.com');
    await shopper.storefront.newsletter.confirm({ token: confirmToken });
    const customer = await dbA().customer.findFirst({ where: { email: 'member@example.com' } });
    expect(customer?.acceptsMarketing).toBe(true);
    const row = await dbA().newsletterSubscriber.findFirst({
      where: { email: 'member@example.com' },
    });
    expect(row?.customerId).toBe(customer?.id);

    await shopper.storefront.newsletter.unsubscribe({ token: unsubscribeToken });
    const after = await dbA().customer.findFirst({ where: { email: 'member@example.com' } });
    expect(after?.acceptsMarketing).toBe(false);
  });

  it('unsubscribes in one call from the emailed link, and answers the same when pressed again', async () => {
    const { confirmToken, unsubscribeToken } = await subscribed('leaver@example.com');
    const shopper = shopperOf(storeA());
    await shopper.storefront.newsletter.confirm({ token: confirmToken });
    expect(await shopper.storefront.newsletter.unsubscribe({ token: unsubscribeToken })).toEqual({
      email: 'leaver@example.com',
    });
    const row = await dbA().newsletterSubscriber.findFirst({
      where: { email: 'leaver@example.com' },
    });
    expect(row?.status).toBe('unsubscribed');
    expect(row?.unsubscribedAt).toBeInstanceOf(Date);
    expect(await shopper.storefront.newsletter.unsubscribe({ token: unsubscribeToken })).toEqual({
      email: 'leaver@example.com',
    });
    await expect(
      shopper.storefront.newsletter.unsubscribe({ token: `${unsubscribeToken}x` }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('kills a pending confirmation on unsubscribe, and starts double opt-in over on a new signup', async () => {
    const first = await subscribed('again@example.com');
    const shopper = shopperOf(storeA());
    await shopper.storefront.newsletter.unsubscribe({ token: first.unsubscribeToken });
    await expect(
      shopper.storefront.newsletter.confirm({ token: first.confirmToken }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await shopper.storefront.newsletter.subscribe({ email: 'again@example.com' });
    const emails = await confirmationEmails('again@example.com');
    expect(emails).toHaveLength(2);
    const second = linkToken(emails[1]?.text ?? null, '/newsletter/confirm');
    await shopper.storefront.newsletter.confirm({ token: second });
    const row = await dbA().newsletterSubscriber.findFirst({
      where: { email: 'again@example.com' },
    });
    expect(row?.status).toBe('subscribed');
  });

  it("refuses another store's confirm and unsubscribe tokens, and changes nothing", async () => {
    const { confirmToken, unsubscribeToken } = await subscribed('crossing@example.com');
    const other = shopperOf(storeB());
    await expect(
      other.storefront.newsletter.confirm({ token: confirmToken }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      other.storefront.newsletter.unsubscribe({ token: unsubscribeToken }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const row = await dbA().newsletterSubscriber.findFirst({
      where: { email: 'crossing@example.com' },
    });
    expect(row?.status).toBe('pending');
    expect(
      await setup.database
        .forTenant(storeB().tenantId)
        .newsletterSubscriber.count({ where: { email: 'crossing@example.com' } }),
    ).toBe(0);
  });

  it('answers the same for new, pending and subscribed addresses, and sends no extra email', async () => {
    const shopper = shopperOf(storeA());
    const { confirmToken } = await subscribed('known@example.com');
    // Pending, asked again at once: same answer, no second email (resent at most every 10 minutes).
    expect(await shopper.storefront.newsletter.subscribe({ email: 'known@example.com' })).toEqual({
      result: 'confirmation_requested',
    });
    expect(await confirmationEmails('known@example.com')).toHaveLength(1);
    await shopper.storefront.newsletter.confirm({ token: confirmToken });
    // Subscribed: same answer, nothing sent, still subscribed.
    expect(await shopper.storefront.newsletter.subscribe({ email: 'known@example.com' })).toEqual({
      result: 'confirmation_requested',
    });
    expect(await confirmationEmails('known@example.com')).toHaveLength(1);
    const row = await dbA().newsletterSubscriber.findFirst({
      where: { email: 'known@example.com' },
    });
    expect(row?.status).toBe('subscribed');
  });

  it('resends to a pending address after ten minutes with a new link that replaces the old one', async () => {
    const { confirmToken: first } = await subscribed('slow@example.com');
    const later = new Date(Date.now() + 11 * 60 * 1000);
    await subscribeToNewsletter({
      db: dbA(),
      tenantId: storeA().tenantId,
      input: { email: 'slow@example.com' },
      ip: null,
      storefrontOrigin: `http://${storeA().host}`,
      rateLimit: noRateLimit,
      now: later,
    });
    const emails = await confirmationEmails('slow@example.com');
    expect(emails).toHaveLength(2);
    const second = linkToken(emails[1]?.text ?? null, '/newsletter/confirm');
    expect(second).not.toBe(first);
    const shopper = shopperOf(storeA());
    await expect(shopper.storefront.newsletter.confirm({ token: first })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      confirmNewsletterSubscription({
        db: dbA(),
        tenantId: storeA().tenantId,
        token: second,
        now: later,
      }),
    ).resolves.toMatchObject({ email: 'slow@example.com' });
  });

  it('refuses an expired confirmation link', async () => {
    const { confirmToken } = await subscribed('late@example.com');
    await expect(
      confirmNewsletterSubscription({
        db: dbA(),
        tenantId: storeA().tenantId,
        token: confirmToken,
        now: new Date(Date.now() + 8 * 24 * 60 * 60 * 1000),
      }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringContaining('expired') as string,
    });
  });

  it('refuses bad emails and script tags with a message, recording nothing', async () => {
    const shopper = shopperOf(storeA());
    const before = await dbA().newsletterSubscriber.count();
    for (const input of [
      { email: 'not-an-email' },
      { email: '<script>alert(1)</script>' },
      { email: `${'x'.repeat(300)}@example.com` },
      { email: 'ok@example.com', source: '<script>' },
    ]) {
      await expect(shopper.storefront.newsletter.subscribe(input)).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
    await expect(
      shopper.storefront.newsletter.subscribe({ email: '<script>alert(1)</script>' }),
    ).rejects.toThrow('Enter a valid email address');
    expect(await dbA().newsletterSubscriber.count()).toBe(before);
  });

  it('limits signups per address', async () => {
    const shopper = shopperOf(storeA());
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await shopper.storefront.newsletter.subscribe({ email: 'flood@example.com' });
    }
    await expect(
      shopper.storefront.newsletter.subscribe({ email: 'flood@example.com' }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await confirmationEmails('flood@example.com')).toHaveLength(1);
  });

  it('builds a campaign unsubscribe link on the primary domain that works on the storefront', async () => {
    const { confirmToken } = await subscribed('campaign@example.com');
    await shopperOf(storeA()).storefront.newsletter.confirm({ token: confirmToken });
    const subscriber = await dbA().newsletterSubscriber.findFirstOrThrow({
      where: { email: 'campaign@example.com' },
    });
    const url = await dbA().$transaction((tx) =>
      newsletterUnsubscribeUrl(tx, { tenantId: storeA().tenantId, subscriberId: subscriber.id }),
    );
    expect(url).toMatch(new RegExp(`^http://${storeA().host}/newsletter/unsubscribe\\?token=`));
    const token = new URL(url ?? '').searchParams.get('token') ?? '';
    await shopperOf(storeA()).storefront.newsletter.unsubscribe({ token });
    const row = await dbA().newsletterSubscriber.findFirst({ where: { id: subscriber.id } });
    expect(row?.status).toBe('unsubscribed');
  });
});
