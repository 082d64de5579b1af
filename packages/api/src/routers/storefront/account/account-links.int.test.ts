import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { requestFor } from '../../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const dbA = () => setup.database.forTenant(storeA().tenantId);

const SESSION_COOKIE = 'storeloom_customer';

function request({ host = storeA().host, session }: { host?: string; session?: string } = {}) {
  return requestFor(setup.database, {
    app: 'storefront',
    host,
    cookies: session === undefined ? {} : { [SESSION_COOKIE]: session },
  });
}

function sessionCookie(headers: Headers): string | undefined {
  const cookie = headers.getSetCookie().find((value) => value.startsWith(`${SESSION_COOKIE}=`));
  return cookie === undefined
    ? undefined
    : decodeURIComponent(cookie.split(';')[0]?.split('=')[1] ?? '');
}

async function signUp(email: string) {
  const { caller, resHeaders } = request();
  const { customer } = await caller.storefront.account.signUp({
    email,
    password: 'the old password',
    firstName: 'Noor',
  });
  return { customer, session: sessionCookie(resHeaders) ?? '' };
}

/** The link of the newest email of `templateKey` to `to`, as the shopper would click it. */
async function linkIn(to: string, templateKey: string): Promise<URL> {
  const email = await dbA().emailOutbox.findFirst({
    where: { to, templateKey },
    orderBy: { createdAt: 'desc' },
  });
  const match = /https?:\/\/[^\s"<>\]]+\?token=[\w-]+/.exec(email?.text ?? '');
  if (!match) throw new Error(`No link in the ${templateKey} email to ${to}`);
  return new URL(match[0]);
}

const tokenOf = (link: URL) => link.searchParams.get('token') ?? '';

describe('password reset over the API', () => {
  it('answers known and unknown emails alike, without a cookie', async () => {
    await signUp('known@example.com');
    const known = request();
    const unknown = request();
    const answers = [
      await known.caller.storefront.account.requestPasswordReset({ email: 'known@example.com' }),
      await unknown.caller.storefront.account.requestPasswordReset({
        email: 'unknown@example.com',
      }),
    ];
    expect(answers[0]).toEqual(answers[1]);
    expect(known.resHeaders.getSetCookie()).toEqual([]);
    expect(unknown.resHeaders.getSetCookie()).toEqual([]);
    const link = await linkIn('known@example.com', 'customer_password_reset');
    expect(`${link.origin}${link.pathname}`).toBe('http://alpha.localhost/account/reset-password');
    expect(await dbA().emailOutbox.count({ where: { to: 'unknown@example.com' } })).toBe(0);
  });

  it("links back to the host the shopper used, such as the store's own domain", async () => {
    await signUp('custom-domain@example.com');
    await dbA().domain.create({
      data: {
        tenantId: storeA().tenantId,
        hostname: 'shop.alpha.test',
        kind: 'custom',
        verified: true,
      },
    });
    await request({ host: 'shop.alpha.test' }).caller.storefront.account.requestMagicLink({
      email: 'custom-domain@example.com',
    });
    const link = await linkIn('custom-domain@example.com', 'customer_magic_link');
    expect(`${link.origin}${link.pathname}`).toBe('https://shop.alpha.test/account/magic-link');
  });

  it('sets the new password, signs this browser in and every other one out', async () => {
    const { customer, session: oldSession } = await signUp('reset@example.com');
    await request().caller.storefront.account.requestPasswordReset({ email: 'reset@example.com' });
    const token = tokenOf(await linkIn('reset@example.com', 'customer_password_reset'));

    const { caller, resHeaders } = request();
    await expect(
      caller.storefront.account.resetPassword({ token, password: 'short' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const result = await caller.storefront.account.resetPassword({
      token,
      password: 'my new password',
    });
    expect(result.customer).toMatchObject({ id: customer.id, email: 'reset@example.com' });
    const newSession = sessionCookie(resHeaders) ?? '';
    expect(await request({ session: newSession }).caller.storefront.account.me()).toMatchObject({
      customer: { id: customer.id },
    });
    expect(await request({ session: oldSession }).caller.storefront.account.me()).toEqual({
      customer: null,
    });
    await expect(
      request().caller.storefront.account.signIn({
        email: 'reset@example.com',
        password: 'my new password',
      }),
    ).resolves.toMatchObject({ customer: { id: customer.id } });
    await expect(
      request().caller.storefront.account.resetPassword({ token, password: 'another password' }),
    ).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'This link was already used. Ask for a new one.',
    });
  });
});

describe('magic link over the API', () => {
  it('signs in once with a session cookie, and only on its own store', async () => {
    const { customer } = await signUp('magic@example.com');
    await request().caller.storefront.account.requestMagicLink({ email: 'magic@example.com' });
    const token = tokenOf(await linkIn('magic@example.com', 'customer_magic_link'));

    await expect(
      request({ host: setup.fixture.storeB.host }).caller.storefront.account.signInWithMagicLink({
        token,
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    const { caller, resHeaders } = request();
    await caller.storefront.account.signInWithMagicLink({ token });
    const session = sessionCookie(resHeaders) ?? '';
    expect(await request({ session }).caller.storefront.account.me()).toMatchObject({
      customer: { id: customer.id },
    });
    await expect(
      request().caller.storefront.account.signInWithMagicLink({ token }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('returns from the order page', () => {
  it('shows what may still be returned, and the request with its status', async () => {
    const { customer, session } = await signUp('returns@example.com');
    const tenantId = storeA().tenantId;
    const order = await dbA().order.create({
      data: {
        tenantId,
        number: 9300,
        customerId: customer.id,
        email: customer.email,
        status: 'delivered',
        paymentStatus: 'paid',
        fulfillmentStatus: 'delivered',
        currency: 'USD',
        subtotal: 3000,
        total: 3000,
        paidTotal: 3000,
        items: {
          create: [
            { tenantId, name: 'Mug', unitPrice: 1000, quantity: 2, total: 2000, position: 0 },
            { tenantId, name: 'Plate', unitPrice: 1000, quantity: 1, total: 1000, position: 1 },
          ],
        },
      },
      include: { items: { orderBy: { position: 'asc' } } },
    });
    const [mug, plate] = order.items;
    if (!mug || !plate) throw new Error('The order needs two lines');
    // The mugs arrived; the plate is still on its way.
    await dbA().shipment.create({
      data: {
        tenantId,
        orderId: order.id,
        carrier: 'UPS',
        trackingNumber: '1Z0001',
        status: 'delivered',
        items: { create: { tenantId, orderItemId: mug.id, quantity: 2 } },
      },
    });
    const shopper = request({ session }).caller;
    const before = await shopper.storefront.account.orders.get({ orderId: order.id });
    expect(before.items.map((item) => [item.name, item.returnableQuantity])).toEqual([
      ['Mug', 2],
      ['Plate', 0],
    ]);
    expect(before.returns).toEqual([]);

    await expect(
      shopper.storefront.returns.request({
        orderId: order.id,
        items: [{ orderItemId: plate.id, quantity: 1 }],
        reason: 'Changed my mind',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Plate has not been delivered yet' });
    await shopper.storefront.returns.request({
      orderId: order.id,
      items: [{ orderItemId: mug.id, quantity: 1 }],
      reason: 'Arrived damaged',
      note: 'The handle was broken',
    });

    const after = await shopper.storefront.account.orders.get({ orderId: order.id });
    expect(after.items.map((item) => item.returnableQuantity)).toEqual([1, 0]);
    expect(after.returns).toMatchObject([
      {
        status: 'requested',
        reason: 'Arrived damaged',
        customerNote: 'The handle was broken',
        items: [{ orderItemId: mug.id, quantity: 1 }],
      },
    ]);
  });
});
