import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { consumeRateLimit } from '../rate-limit/consume-rate-limit.ts';
import { CUSTOMER_LINK_MINUTES, type CustomerLinkKind } from './customer-link-token.ts';
import { emailCustomerLink } from './email-customer-link.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { resetCustomerPassword } from './reset-customer-password.ts';
import { resolveCustomerSession } from './resolve-customer-session.ts';
import { signInCustomer } from './sign-in-customer.ts';
import { signInWithMagicLink } from './sign-in-with-magic-link.ts';
import { signUpCustomer } from './sign-up-customer.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const storeB = () => setup.fixture.storeB;
const dbOf = (tenantId: string) => setup.database.forTenant(tenantId);
const dbA = () => dbOf(storeA().tenantId);
const rateLimit: RateLimiter = (rule) => consumeRateLimit(unscoped(setup.database), rule);

const origin = 'https://shop.alpha.example';
const templates = { password_reset: 'customer_password_reset', magic_link: 'customer_magic_link' };
const paths = { password_reset: '/account/reset-password', magic_link: '/account/magic-link' };

let ipCounter = 0;
/** Each request from its own address, so the per-address limits only bite where a test means it. */
const nextIp = () => `198.51.100.${String((ipCounter += 1))}`;

async function signUp(email: string, tenantId = storeA().tenantId) {
  return signUpCustomer({
    db: dbOf(tenantId),
    tenantId,
    input: { email, password: 'the old password', firstName: 'Ada' },
    ip: nextIp(),
    guestCartToken: null,
    rateLimit,
  });
}

function requestLink(kind: CustomerLinkKind, email: string, tenantId = storeA().tenantId) {
  return emailCustomerLink({
    db: dbOf(tenantId),
    tenantId,
    kind,
    email,
    storeOrigin: origin,
    ip: nextIp(),
    rateLimit,
  });
}

function outboxFor(email: string, kind: CustomerLinkKind, tenantId = storeA().tenantId) {
  return dbOf(tenantId).emailOutbox.findMany({
    where: { to: email, templateKey: templates[kind] },
    orderBy: { createdAt: 'asc' },
  });
}

/** The raw token, as the shopper finds it in the newest email's link. */
async function tokenFromEmail(email: string, kind: CustomerLinkKind, tenantId = storeA().tenantId) {
  const emails = await outboxFor(email, kind, tenantId);
  const text = emails.at(-1)?.text ?? '';
  const match = new RegExp(`${origin}${paths[kind]}\\?token=([\\w-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`No ${kind} link in the email to ${email}`);
  return match[1];
}

function reset(token: string, password: string, options: { tenantId?: string; now?: Date } = {}) {
  const tenantId = options.tenantId ?? storeA().tenantId;
  return resetCustomerPassword({
    db: dbOf(tenantId),
    tenantId,
    token,
    password,
    ip: nextIp(),
    guestCartToken: null,
    rateLimit,
    now: options.now,
  });
}

function signInWithLink(token: string, options: { tenantId?: string; now?: Date } = {}) {
  const tenantId = options.tenantId ?? storeA().tenantId;
  return signInWithMagicLink({
    db: dbOf(tenantId),
    tenantId,
    token,
    ip: nextIp(),
    guestCartToken: null,
    rateLimit,
    now: options.now,
  });
}

function signIn(email: string, password: string) {
  return signInCustomer({
    db: dbA(),
    tenantId: storeA().tenantId,
    email,
    password,
    ip: nextIp(),
    guestCartToken: null,
    rateLimit,
  });
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe('asking for a link', () => {
  it('emails a registered shopper a link on the store origin, keeping only its hash', async () => {
    const { customer } = await signUp('linked@example.com');
    await requestLink('password_reset', 'Linked@Example.com');
    const [email] = await outboxFor('linked@example.com', 'password_reset');
    expect(email).toMatchObject({ status: 'sent', subject: 'Reset your Alpha Goods password' });
    expect(email?.text).toContain('expires in 60 minutes');
    const token = await tokenFromEmail('linked@example.com', 'password_reset');
    const stored = await dbA().customerToken.findMany({ where: { customerId: customer.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'password_reset', usedAt: null });
    expect(stored[0]?.tokenHash).not.toContain(token);
    const minutes = ((stored[0]?.expiresAt.getTime() ?? 0) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(59);
    expect(minutes).toBeLessThanOrEqual(60);
  });

  it('answers an unknown email and a guest without a password exactly like an account', async () => {
    await signUp('known@example.com');
    await dbA().customer.create({
      data: { tenantId: storeA().tenantId, email: 'guest-only@example.com' },
    });
    const answers = await Promise.all([
      requestLink('password_reset', 'known@example.com'),
      requestLink('password_reset', 'nobody@example.com'),
      requestLink('password_reset', 'guest-only@example.com'),
      requestLink('magic_link', 'nobody@example.com'),
    ]);
    expect(answers).toEqual([undefined, undefined, undefined, undefined]);
    expect(await outboxFor('known@example.com', 'password_reset')).toHaveLength(1);
    expect(await outboxFor('nobody@example.com', 'password_reset')).toEqual([]);
    expect(await outboxFor('guest-only@example.com', 'password_reset')).toEqual([]);
    expect(await outboxFor('nobody@example.com', 'magic_link')).toEqual([]);
  });

  it('limits requests per email whether or not it has an account', async () => {
    await signUp('flooded@example.com');
    for (const email of ['flooded@example.com', 'ghost@example.com']) {
      for (let i = 0; i < 5; i += 1) await requestLink('magic_link', email);
      await expect(requestLink('magic_link', email)).rejects.toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        message: 'Too many attempts. Try again in 60 minutes.',
      });
    }
    expect(await outboxFor('flooded@example.com', 'magic_link')).toHaveLength(5);
  });

  it('sends nothing and still answers the same when the store turned the email off', async () => {
    await signUp('quiet@example.com');
    await dbA().emailTemplate.create({
      data: {
        tenantId: storeA().tenantId,
        key: 'customer_magic_link',
        subject: '',
        isEnabled: false,
      },
    });
    await expect(requestLink('magic_link', 'quiet@example.com')).resolves.toBeUndefined();
    expect(await outboxFor('quiet@example.com', 'magic_link')).toEqual([]);
    await dbA().emailTemplate.deleteMany({ where: { key: 'customer_magic_link' } });
  });
});

describe('password reset', () => {
  it('sets the new password once: the old one and the link stop working, other sessions end', async () => {
    const { customer, session: oldSession } = await signUp('reset@example.com');
    await requestLink('password_reset', 'reset@example.com');
    const token = await tokenFromEmail('reset@example.com', 'password_reset');

    const result = await reset(token, 'a brand new password');
    expect(result.customer).toMatchObject({ id: customer.id, email: 'reset@example.com' });
    expect(await resolveCustomerSession({ db: dbA(), token: result.session.token })).toMatchObject({
      id: customer.id,
      ordersVisibleSince: null,
    });
    expect(await resolveCustomerSession({ db: dbA(), token: oldSession.token })).toBeNull();

    await expect(signIn('reset@example.com', 'a brand new password')).resolves.toMatchObject({
      customer: { id: customer.id },
    });
    await expect(signIn('reset@example.com', 'the old password')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(reset(token, 'yet another password')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'This link was already used. Ask for a new one.',
    });
    await expect(signIn('reset@example.com', 'yet another password')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(
      await dbA().auditLog.count({
        where: { action: 'customer.password_reset', targetId: customer.id },
      }),
    ).toBe(1);
  });

  it('refuses an expired link and leaves the password alone', async () => {
    await signUp('late@example.com');
    await requestLink('password_reset', 'late@example.com');
    const token = await tokenFromEmail('late@example.com', 'password_reset');
    await expect(
      reset(token, 'too late for this', {
        now: minutesFromNow(CUSTOMER_LINK_MINUTES.password_reset + 1),
      }),
    ).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'This link has expired. Ask for a new one.',
    });
    await expect(signIn('late@example.com', 'the old password')).resolves.toBeDefined();
  });

  it("refuses another store's link, and an unknown one", async () => {
    await signUp('two-stores@example.com', storeB().tenantId);
    await requestLink('password_reset', 'two-stores@example.com', storeB().tenantId);
    const tokenOfB = await tokenFromEmail(
      'two-stores@example.com',
      'password_reset',
      storeB().tenantId,
    );
    for (const token of [tokenOfB, 'not-a-real-token']) {
      await expect(reset(token, 'a password for A')).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
        message: 'This link is not valid. Ask for a new one.',
      });
    }
    // Still good in its own store.
    await expect(
      reset(tokenOfB, 'a password for B', { tenantId: storeB().tenantId }),
    ).resolves.toBeDefined();
  });

  it('keeps only the newest link working, and a reset link never signs in as a magic link', async () => {
    await signUp('twice@example.com');
    await requestLink('password_reset', 'twice@example.com');
    const first = await tokenFromEmail('twice@example.com', 'password_reset');
    await requestLink('password_reset', 'twice@example.com');
    const second = await tokenFromEmail('twice@example.com', 'password_reset');
    expect(second).not.toBe(first);
    await expect(signInWithLink(second)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(reset(first, 'from the first email')).rejects.toMatchObject({
      message: 'This link is not valid. Ask for a new one.',
    });
    await expect(reset(second, 'from the second email')).resolves.toBeDefined();
  });

  it('lets exactly one of two racing resets with one link through', async () => {
    await signUp('race@example.com');
    await requestLink('password_reset', 'race@example.com');
    const token = await tokenFromEmail('race@example.com', 'password_reset');
    const results = await Promise.allSettled([
      reset(token, 'racer number one'),
      reset(token, 'racer number two'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'UNAUTHORIZED', message: 'This link was already used. Ask for a new one.' },
    });
  });
});

describe('magic link', () => {
  it('signs in once with a 15-minute link and verifies the email', async () => {
    const { customer } = await signUp('magic@example.com');
    await requestLink('magic_link', 'magic@example.com');
    const [email] = await outboxFor('magic@example.com', 'magic_link');
    expect(email?.text).toContain('expires in 15 minutes');
    const token = await tokenFromEmail('magic@example.com', 'magic_link');

    const result = await signInWithLink(token);
    expect(result.customer.id).toBe(customer.id);
    expect(await resolveCustomerSession({ db: dbA(), token: result.session.token })).toMatchObject({
      id: customer.id,
      ordersVisibleSince: null,
    });
    await expect(signInWithLink(token)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'This link was already used. Ask for a new one.',
    });
  });

  it('refuses an expired link and one of another store', async () => {
    await signUp('magic-late@example.com');
    await requestLink('magic_link', 'magic-late@example.com');
    const token = await tokenFromEmail('magic-late@example.com', 'magic_link');
    await expect(
      signInWithLink(token, { now: minutesFromNow(CUSTOMER_LINK_MINUTES.magic_link + 1) }),
    ).rejects.toMatchObject({ message: 'This link has expired. Ask for a new one.' });
    await expect(signInWithLink(token, { tenantId: storeB().tenantId })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'This link is not valid. Ask for a new one.',
    });
    const sessions = await dbOf(storeB().tenantId).customerSession.count();
    await expect(signInWithLink(token)).resolves.toBeDefined();
    expect(await dbOf(storeB().tenantId).customerSession.count()).toBe(sessions);
  });

  it('dies with a password reset', async () => {
    await signUp('both@example.com');
    await requestLink('magic_link', 'both@example.com');
    const magic = await tokenFromEmail('both@example.com', 'magic_link');
    await requestLink('password_reset', 'both@example.com');
    await reset(await tokenFromEmail('both@example.com', 'password_reset'), 'a fresh password');
    await expect(signInWithLink(magic)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
