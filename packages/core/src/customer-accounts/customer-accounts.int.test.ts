import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { consumeRateLimit } from '../rate-limit/consume-rate-limit.ts';
import { createCustomerAddress } from './create-customer-address.ts';
import { deleteCustomerAddress } from './delete-customer-address.ts';
import { getCustomerOrder } from './get-customer-order.ts';
import { listCustomerAddresses } from './list-customer-addresses.ts';
import { listCustomerOrders } from './list-customer-orders.ts';
import { ordersVisibleSince } from './own-orders-where.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { resolveCustomerSession } from './resolve-customer-session.ts';
import { setDefaultCustomerAddress } from './set-default-customer-address.ts';
import { signInCustomer } from './sign-in-customer.ts';
import { signOutCustomer } from './sign-out-customer.ts';
import { signUpCustomer } from './sign-up-customer.ts';
import { updateCustomerAddress } from './update-customer-address.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const dbOf = (tenantId: string) => setup.database.forTenant(tenantId);
const dbA = () => dbOf(storeA().tenantId);
const rateLimit: RateLimiter = (rule) => consumeRateLimit(unscoped(setup.database), rule);

const address = {
  firstName: 'Sam',
  lastName: 'Shopper',
  line1: '1 Main St',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'US',
};

async function signUp(email: string, tenantId = storeA().tenantId, password = 'correct horse') {
  return signUpCustomer({
    db: dbOf(tenantId),
    tenantId,
    input: { email, password, firstName: 'Ada' },
    ip: '203.0.113.1',
    guestCartToken: null,
    rateLimit,
  });
}

async function signIn(email: string, password: string, ip = '203.0.113.2') {
  return signInCustomer({
    db: dbA(),
    tenantId: storeA().tenantId,
    email,
    password,
    ip,
    guestCartToken: null,
    rateLimit,
  });
}

describe('sign up', () => {
  it('stores a self-describing scrypt hash and opens a 30-day session', async () => {
    const result = await signUp('ada@example.com');
    const row = await dbA().customer.findFirst({ where: { email: 'ada@example.com' } });
    expect(row?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    const session = await resolveCustomerSession({ db: dbA(), token: result.session.token });
    expect(session).toMatchObject({ id: result.customer.id, email: 'ada@example.com' });
    const days = (result.session.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const stored = await dbA().customerSession.findFirst({ where: { customerId: row?.id } });
    expect(stored?.tokenHash).not.toBe(result.session.token);
  });

  it('refuses the same email twice in one store, but not in another store', async () => {
    await signUp('twice@example.com');
    await expect(signUp('twice@example.com')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'An account with this email already exists. Sign in instead.',
    });
    const other = await signUp('twice@example.com', setup.fixture.storeB.tenantId);
    expect(other.customer.email).toBe('twice@example.com');
    expect(await dbA().customer.count({ where: { email: 'twice@example.com' } })).toBe(1);
  });

  it('gives one account when two sign-ups with one email race', async () => {
    const results = await Promise.allSettled([
      signUp('race@example.com'),
      signUp('race@example.com'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'CONFLICT' },
    });
  });

  it("claims the customer row of an earlier guest checkout, with that guest's orders", async () => {
    const guest = await dbA().customer.create({
      data: { tenantId: storeA().tenantId, email: 'guest@example.com', lastName: 'Guest' },
    });
    await dbA().order.create({
      data: {
        tenantId: storeA().tenantId,
        number: 9001,
        customerId: guest.id,
        email: guest.email,
        currency: 'USD',
        subtotal: 100,
        total: 100,
      },
    });
    const result = await signUp('guest@example.com');
    expect(result.customer).toMatchObject({ id: guest.id, firstName: 'Ada', lastName: 'Guest' });
    // Knowing an email is not enough to read its guest orders: they appear once it is verified.
    const viewer = async () => ({
      id: guest.id,
      ordersVisibleSince: ordersVisibleSince(
        await dbA().customer.findFirstOrThrow({ where: { id: guest.id } }),
      ),
    });
    const before = await listCustomerOrders({ db: dbA(), customer: await viewer(), limit: 10 });
    expect(before.items).toEqual([]);
    await dbA().customer.update({ where: { id: guest.id }, data: { emailVerifiedAt: new Date() } });
    const after = await listCustomerOrders({ db: dbA(), customer: await viewer(), limit: 10 });
    expect(after.items.map((order) => order.number)).toEqual([9001]);
  });
});

describe('sign in and out', () => {
  it('signs in with the right password and says the same for a wrong one and an unknown email', async () => {
    await signUp('bea@example.com', storeA().tenantId, 'a long enough secret');
    const ok = await signIn('BEA@example.com', 'a long enough secret');
    expect(ok.customer.email).toBe('bea@example.com');
    const wrong = await signIn('bea@example.com', 'not the secret').catch((e: unknown) => e);
    const unknown = await signIn('nobody@example.com', 'whatever it is').catch((e: unknown) => e);
    expect(wrong).toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Email or password is incorrect',
    });
    expect(unknown).toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Email or password is incorrect',
    });
  });

  it('refuses a guest row without a password like an unknown email', async () => {
    await dbA().customer.create({
      data: { tenantId: storeA().tenantId, email: 'nopass@example.com' },
    });
    await expect(signIn('nopass@example.com', 'anything at all')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('limits attempts per email', async () => {
    await signUp('limited@example.com');
    const attempts = [];
    for (let i = 0; i < 10; i += 1) {
      attempts.push(
        await signIn('limited@example.com', 'wrong password', `198.51.100.${i}`).catch(
          (e: unknown) => e,
        ),
      );
    }
    expect(attempts.every((e) => (e as { code: string }).code === 'UNAUTHORIZED')).toBe(true);
    await expect(
      signIn('limited@example.com', 'correct horse', '198.51.100.99'),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('ends the session on sign-out', async () => {
    const { session } = await signUp('out@example.com');
    const signedIn = await resolveCustomerSession({ db: dbA(), token: session.token });
    expect(signedIn).not.toBeNull();
    await signOutCustomer({ db: dbA(), sessionId: signedIn?.sessionId ?? '' });
    expect(await resolveCustomerSession({ db: dbA(), token: session.token })).toBeNull();
  });
});

describe('address book', () => {
  it('makes the first address the default and moves defaults on request', async () => {
    const { customer } = await signUp('book@example.com');
    const command = { db: dbA(), tenantId: storeA().tenantId, customerId: customer.id };
    const home = await createCustomerAddress({ ...command, input: address });
    expect(home).toMatchObject({ isDefaultShipping: true, isDefaultBilling: true });
    const work = await createCustomerAddress({
      ...command,
      input: { ...address, line1: '2 Office Rd', isDefaultShipping: true },
    });
    await setDefaultCustomerAddress({ ...command, addressId: work.addressId, kind: 'billing' });
    const book = await listCustomerAddresses(command);
    expect(book.map((a) => [a.line1, a.isDefaultShipping, a.isDefaultBilling])).toEqual([
      ['2 Office Rd', true, true],
      ['1 Main St', false, false],
    ]);
    const updated = await updateCustomerAddress({
      ...command,
      addressId: home.addressId,
      input: { ...address, line2: 'Flat 3' },
    });
    expect(updated).toMatchObject({ line2: 'Flat 3', isDefaultShipping: false });
    await deleteCustomerAddress({ ...command, addressId: home.addressId });
    expect(await listCustomerAddresses(command)).toHaveLength(1);
  });

  it("cannot touch another customer's address", async () => {
    const { customer } = await signUp('nosy@example.com');
    const command = { db: dbA(), tenantId: storeA().tenantId, customerId: customer.id };
    const theirs = storeA().ids.addressId;
    const before = await dbA().customerAddress.findFirst({ where: { id: theirs } });
    await expect(
      updateCustomerAddress({ ...command, addressId: theirs, input: address }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Address not found' });
    await expect(deleteCustomerAddress({ ...command, addressId: theirs })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      setDefaultCustomerAddress({ ...command, addressId: theirs, kind: 'billing' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await dbA().customerAddress.findFirst({ where: { id: theirs } })).toEqual(before);
  });
});

describe('order history', () => {
  it('pages own orders newest first with item counts', async () => {
    const { customer } = await signUp('history@example.com');
    const tenantId = storeA().tenantId;
    for (const [index, quantity] of [1, 2, 3].entries()) {
      await dbA().order.create({
        data: {
          tenantId,
          number: 9100 + index,
          customerId: customer.id,
          email: customer.email,
          currency: 'USD',
          subtotal: 1000,
          total: 1000,
          placedAt: new Date(Date.UTC(2026, 0, 1 + index)),
          items: {
            create: { tenantId, name: 'Thing', unitPrice: 500, quantity, total: 500 * quantity },
          },
        },
      });
    }
    const first = await listCustomerOrders({
      db: dbA(),
      customer: { id: customer.id, ordersVisibleSince: null },
      limit: 2,
    });
    expect(first.items.map((o) => [o.number, o.itemCount])).toEqual([
      [9102, 3],
      [9101, 2],
    ]);
    const second = await listCustomerOrders({
      db: dbA(),
      customer: { id: customer.id, ordersVisibleSince: null },
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items.map((o) => o.number)).toEqual([9100]);
    expect(second.nextCursor).toBeNull();
    const foreign = await listCustomerOrders({
      db: dbA(),
      customer: { id: customer.id, ordersVisibleSince: null },
      limit: 2,
      cursor: storeA().ids.orderId,
    });
    expect(foreign).toEqual({ items: [], nextCursor: null });
  });

  it('shows an own order with shipments and only the customer-visible timeline', async () => {
    const { customer } = await signUp('detail@example.com');
    const tenantId = storeA().tenantId;
    const order = await dbA().order.create({
      data: {
        tenantId,
        number: 9200,
        customerId: customer.id,
        email: customer.email,
        currency: 'USD',
        subtotal: 1000,
        total: 1000,
        materialsCost: 400,
        profit: 600,
        items: {
          create: {
            tenantId,
            name: 'Thing',
            unitPrice: 1000,
            quantity: 1,
            total: 1000,
            costPrice: 400,
          },
        },
        events: {
          create: [
            { tenantId, type: 'order.placed', message: 'Order placed on the storefront' },
            { tenantId, type: 'note.added', message: 'Internal note added' },
          ],
        },
        notes: {
          create: [
            { tenantId, body: 'Wrapped as a gift', visibility: 'customer' },
            { tenantId, body: 'Customer was rude', visibility: 'internal' },
          ],
        },
        shipments: { create: { tenantId, carrier: 'UPS', trackingNumber: '1Z999' } },
      },
    });
    const detail = await getCustomerOrder({
      db: dbA(),
      customer: { id: customer.id, ordersVisibleSince: null },
      orderId: order.id,
    });
    expect(detail.shipments).toMatchObject([{ carrier: 'UPS', trackingNumber: '1Z999' }]);
    expect(detail.timeline.map((entry) => entry.message).sort()).toEqual([
      'Order placed on the storefront',
      'Wrapped as a gift',
    ]);
    const text = JSON.stringify(detail);
    expect(text).not.toContain('Customer was rude');
    expect(text).not.toContain('costPrice');
    expect(text).not.toContain('profit');
  });

  it("answers NOT_FOUND for another customer's order", async () => {
    const { customer } = await signUp('other@example.com');
    await expect(
      getCustomerOrder({
        db: dbA(),
        customer: { id: customer.id, ordersVisibleSince: null },
        orderId: storeA().ids.orderId,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Order not found' });
  });
});
