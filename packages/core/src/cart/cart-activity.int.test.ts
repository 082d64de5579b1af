import { describe, expect, it } from 'vitest';

import { createOutboxTransport } from '@storeloom/email';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { placeOrder } from '../checkout/place-order.ts';
import { setCheckoutContact } from '../checkout/set-checkout-contact.ts';
import { readyCheckout } from '../checkout/testing/shopper-checkout.ts';
import { startCheckout } from '../checkout/start-checkout.ts';
import type { SignedInCustomer } from '../customer-accounts/resolve-customer-session.ts';
import { createStockedVariant } from '../inventory/testing/create-stocked-variant.ts';
import { addCartLine } from './add-cart-line.ts';
import { activityWindowStart, CART_ACTIVITY_WINDOW_MS } from './cart-activity-window.ts';
import { sendAbandonedCartReminder } from './send-abandoned-cart-reminder.ts';
import type { Shopper } from './shopper.ts';
import { updateCartLine } from './update-cart-line.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const tenantId = () => store().tenantId;
const db = () => setup.database.forTenant(tenantId());
const transport = createOutboxTransport();

/** The start of a fresh activity window, so a few minutes on stay in it. */
const windowStart = () =>
  new Date(activityWindowStart(new Date()).getTime() + 10 * CART_ACTIVITY_WINDOW_MS);
const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);

async function shirt() {
  const { variantId } = await createStockedVariant(db(), {
    tenantId: tenantId(),
    locationId: store().ids.locationId,
    onHand: 20,
  });
  return variantId;
}

const announcements = (cartId: string) =>
  db().domainEvent.findMany({
    where: { type: 'cart.activity', payload: { path: ['cartId'], equals: cartId } },
    orderBy: { occurredAt: 'asc' },
  });

async function guestCart(variantId: string, now: Date) {
  const added = await addCartLine({
    db: db(),
    tenantId: tenantId(),
    shopper: { cartToken: null, customer: null },
    variantId,
    quantity: 1,
    now,
  });
  const shopper: Shopper = { cartToken: added.cartToken, customer: null };
  return { shopper, cartId: added.cart.cartId ?? '' };
}

async function signedInCustomer(email: string): Promise<SignedInCustomer> {
  const customer = await db().customer.create({
    data: { tenantId: tenantId(), email, firstName: 'Robin' },
  });
  return {
    id: customer.id,
    email,
    firstName: 'Robin',
    lastName: null,
    sessionId: 'session',
    ordersVisibleSince: null,
  };
}

describe('cart activity announcements', () => {
  it('announce nothing for a guest nobody can reach, then once the checkout email is given', async () => {
    const variantId = await shirt();
    const start = windowStart();
    const { shopper, cartId } = await guestCart(variantId, start);
    const { checkoutId } = await startCheckout({
      db: db(),
      tenantId: tenantId(),
      shopper,
      now: minutes(start, 1),
    });
    expect(await announcements(cartId)).toEqual([]);

    const command = { db: db(), tenantId: tenantId(), shopper, checkoutId };
    await setCheckoutContact({ ...command, email: 'Guest@Example.com', now: minutes(start, 2) });
    expect((await announcements(cartId)).map((event) => event.payload)).toEqual([
      { cartId, activityAt: minutes(start, 2).toISOString() },
    ]);
    // The same email again, in the same window: nothing new to announce.
    await setCheckoutContact({ ...command, email: 'guest@example.com', now: minutes(start, 3) });
    expect(await announcements(cartId)).toHaveLength(1);
  });

  it('announce a signed-in shopper’s new cart at once, then once per activity window', async () => {
    const variantId = await shirt();
    const customer = await signedInCustomer('robin@example.com');
    const shopper: Shopper = { cartToken: null, customer };
    const start = windowStart();
    const change = (quantity: number, at: Date) =>
      updateCartLine({ db: db(), tenantId: tenantId(), shopper, variantId, quantity, now: at });

    const { cart } = await addCartLine({
      db: db(),
      tenantId: tenantId(),
      shopper,
      variantId,
      quantity: 1,
      now: start,
    });
    const cartId = cart.cartId ?? '';
    await change(2, minutes(start, 1));
    await change(3, minutes(start, 4));
    expect(await announcements(cartId)).toHaveLength(1);

    await change(4, minutes(start, 6));
    await change(5, minutes(start, 7));
    const payloads = (await announcements(cartId)).map((event) => event.payload);
    expect(payloads).toEqual([
      { cartId, activityAt: start.toISOString() },
      { cartId, activityAt: minutes(start, 6).toISOString() },
    ]);
    const stored = await db().cart.findFirstOrThrow({ where: { id: cartId } });
    expect(stored.lastActivityAt).toEqual(minutes(start, 7));
  });

  it('name the cart in the order placed from it', async () => {
    const variantId = await shirt();
    const { shopper, cartId } = await guestCart(variantId, new Date());
    const checkoutId = await readyCheckout(db(), tenantId(), shopper);
    const placed = await placeOrder({
      db: db(),
      tenantId: tenantId(),
      checkoutId,
      customer: null,
      cartToken: shopper.cartToken,
    });
    const [event] = await db().domainEvent.findMany({
      where: { type: 'order.placed', payload: { path: ['orderId'], equals: placed.orderId } },
    });
    expect(event?.payload).toMatchObject({ orderId: placed.orderId, cartId });
  });
});

describe('sendAbandonedCartReminder', () => {
  async function reachableCart(email: string) {
    const variantId = await shirt();
    const start = windowStart();
    const { shopper, cartId } = await guestCart(variantId, start);
    const { checkoutId } = await startCheckout({
      db: db(),
      tenantId: tenantId(),
      shopper,
      now: start,
    });
    await setCheckoutContact({
      db: db(),
      tenantId: tenantId(),
      shopper,
      checkoutId,
      email,
      now: start,
    });
    return { shopper, cartId, variantId, start };
  }
  const remind = (cartId: string, activityAt: Date, reminder: 1 | 2 = 1) =>
    sendAbandonedCartReminder({
      db: db(),
      tenantId: tenantId(),
      cartId,
      activityAt,
      reminder,
      transport,
    });

  it('emails the cart with a link back to it, once per reminder however often it is asked', async () => {
    const { cartId, start } = await reachableCart('left@example.com');
    const first = await remind(cartId, start);
    expect(first).toMatchObject({ status: 'sent' });
    expect(await remind(cartId, start)).toEqual(first);
    const second = await remind(cartId, start, 2);
    expect(second).toMatchObject({ status: 'sent' });

    const emails = await db().emailOutbox.findMany({
      where: { templateKey: 'abandoned_cart', to: 'left@example.com' },
      orderBy: { createdAt: 'asc' },
    });
    expect(emails).toHaveLength(2);
    expect(emails[0]?.html).toContain(`http://${store().host}/cart`);
    expect(emails[0]?.text).toContain('Linen Shirt (M)');
    expect(emails[0]?.text).toContain('$25.00');
  });

  it('sends nothing for a cart changed since, a bought cart, or a store that turned it off', async () => {
    const changed = await reachableCart('changed@example.com');
    await addCartLine({
      db: db(),
      tenantId: tenantId(),
      shopper: changed.shopper,
      variantId: changed.variantId,
      quantity: 1,
      now: minutes(changed.start, 5),
    });
    expect(await remind(changed.cartId, changed.start)).toEqual({
      status: 'not_needed',
      reason: 'newer_activity',
    });

    const bought = await reachableCart('bought@example.com');
    const checkoutId = await readyCheckout(db(), tenantId(), bought.shopper, 'bought@example.com');
    await placeOrder({
      db: db(),
      tenantId: tenantId(),
      checkoutId,
      customer: null,
      cartToken: bought.shopper.cartToken,
    });
    expect(await remind(bought.cartId, bought.start)).toEqual({
      status: 'not_needed',
      reason: 'cart_closed',
    });

    const off = await reachableCart('off@example.com');
    await db().emailTemplate.create({
      data: { tenantId: tenantId(), key: 'abandoned_cart', subject: '', isEnabled: false },
    });
    expect(await remind(off.cartId, off.start)).toEqual({ emailId: null, status: 'skipped' });
    expect(
      await db().emailOutbox.count({
        where: { to: { in: ['changed@example.com', 'bought@example.com', 'off@example.com'] } },
      }),
    ).toBe(0);
  });
});
