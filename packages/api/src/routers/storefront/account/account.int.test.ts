import { describe, expect, it } from 'vitest';

import { usAddress } from '@storeloom/core/checkout/testing/shopper-checkout';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { requestFor } from '../../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(storeA().tenantId);

function request(cookies: Record<string, string> = {}) {
  return requestFor(setup.database, { app: 'storefront', host: storeA().host, cookies });
}

function cookieValue(headers: Headers, name: string): string | undefined {
  const cookie = headers.getSetCookie().find((value) => value.startsWith(`${name}=`));
  return cookie === undefined
    ? undefined
    : decodeURIComponent(cookie.split(';')[0]?.split('=')[1] ?? '');
}

async function signedUp(email: string) {
  const { caller, resHeaders } = request();
  await caller.storefront.account.signUp({ email, password: 'long enough pass' });
  const token = cookieValue(resHeaders, 'storeloom_customer') ?? '';
  return request({ storeloom_customer: token }).caller;
}

describe('shopper accounts', () => {
  it('signs up with a session cookie, answers me, and signs out clearing both cookies', async () => {
    const { caller, resHeaders } = request();
    const { customer } = await caller.storefront.account.signUp({
      email: 'Cleo@Example.com',
      password: 'long enough pass',
      firstName: 'Cleo',
    });
    expect(customer).toMatchObject({ email: 'cleo@example.com', firstName: 'Cleo' });
    expect(JSON.stringify(customer)).not.toContain('scrypt');
    const session = resHeaders.getSetCookie().find((v) => v.startsWith('storeloom_customer='));
    expect(session).toContain('HttpOnly');
    const token = cookieValue(resHeaders, 'storeloom_customer') ?? '';
    const signedIn = request({ storeloom_customer: token });
    expect(await signedIn.caller.storefront.account.me()).toMatchObject({
      customer: { email: 'cleo@example.com' },
    });
    await signedIn.caller.storefront.account.signOut();
    expect(cookieValue(signedIn.resHeaders, 'storeloom_customer')).toBe('');
    expect(cookieValue(signedIn.resHeaders, 'storeloom_cart')).toBe('');
    expect(await request({ storeloom_customer: token }).caller.storefront.account.me()).toEqual({
      customer: null,
    });
  });

  it('refuses a short password, a bad email, a duplicate and a wrong password', async () => {
    const { caller } = request();
    const before = await db().customer.count();
    for (const input of [
      { email: 'short@example.com', password: 'too short' },
      { email: 'not-an-email', password: 'long enough pass' },
      { email: 'x'.repeat(300) + '@example.com', password: 'long enough pass' },
    ]) {
      await expect(caller.storefront.account.signUp(input)).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
    expect(await db().customer.count()).toBe(before);
    await signedUp('dup@example.com');
    await expect(
      caller.storefront.account.signUp({ email: 'dup@example.com', password: 'another long one' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      caller.storefront.account.signIn({ email: 'dup@example.com', password: 'wrong password' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'Email or password is incorrect' });
  });

  it('merges the guest cart on sign-in and points the cookie at the merged cart', async () => {
    const member = await signedUp('merger@example.com');
    await member.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity: 2 });
    const guest = request();
    await guest.caller.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity: 3 });
    const guestToken = cookieValue(guest.resHeaders, 'storeloom_cart') ?? '';

    const signIn = request({ storeloom_cart: guestToken });
    await signIn.caller.storefront.account.signIn({
      email: 'merger@example.com',
      password: 'long enough pass',
    });
    const cartToken = cookieValue(signIn.resHeaders, 'storeloom_cart') ?? '';
    const sessionToken = cookieValue(signIn.resHeaders, 'storeloom_customer') ?? '';
    expect(cartToken).not.toBe(guestToken);
    const cart = await request({
      storeloom_cart: cartToken,
      storeloom_customer: sessionToken,
    }).caller.storefront.cart.get();
    expect(cart.lines.map((line) => line.quantity)).toEqual([5]);
    const guestCart = await request({ storeloom_cart: guestToken }).caller.storefront.cart.get();
    expect(guestCart.cartId).toBeNull();
  });

  it('keeps an address book and a private order history', async () => {
    const member = await signedUp('books@example.com');
    const created = await member.storefront.account.addresses.create({
      ...usAddress,
      company: 'Acme',
    });
    expect(created).toMatchObject({ isDefaultShipping: true, company: 'Acme' });
    await member.storefront.account.addresses.update({
      ...usAddress,
      addressId: created.addressId,
      line2: 'Unit 4',
    });
    expect(await member.storefront.account.addresses.list()).toMatchObject([{ line2: 'Unit 4' }]);
    await expect(
      member.storefront.account.addresses.delete({ addressId: storeA().ids.addressId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      member.storefront.account.orders.get({ orderId: storeA().ids.orderId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await member.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity: 1 });
    const { checkoutId, email } = await member.storefront.checkout.start();
    expect(email).toBe('books@example.com');
    await member.storefront.checkout.setShippingAddress({
      checkoutId,
      addressId: created.addressId,
    });
    await member.storefront.checkout.setShippingTier({ checkoutId, tierCode: 'standard' });
    await member.storefront.checkout.setBillingAddress({
      checkoutId,
      addressId: created.addressId,
    });
    await member.storefront.checkout.setPaymentMethod({ checkoutId, provider: 'manual' });
    const placed = await member.storefront.checkout.placeOrder({ checkoutId });

    const history = await member.storefront.account.orders.list({});
    expect(history.items).toMatchObject([
      { orderId: placed.orderId, status: 'pending_payment', itemCount: 1 },
    ]);
    const detail = await member.storefront.account.orders.get({ orderId: placed.orderId });
    expect(detail.items).toMatchObject([{ name: 'Alpha Goods Product', quantity: 1 }]);
    expect(detail.timeline.map((entry) => entry.message)).toEqual([
      'Order placed on the storefront',
    ]);
  });

  it('asks a signed-out shopper to sign in for account pages', async () => {
    await expect(request().caller.storefront.account.addresses.list()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});
