import { describe, expect, it } from 'vitest';

import { usAddress } from '@storeloom/core/checkout/testing/shopper-checkout';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { requestFor } from '../../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(storeA().tenantId);

function shopperAt(cookies: Record<string, string> = {}, host = storeA().host) {
  return requestFor(setup.database, { app: 'storefront', host, cookies }).caller;
}

async function shopperWithCart() {
  const { caller, resHeaders } = requestFor(setup.database, {
    app: 'storefront',
    host: storeA().host,
  });
  await caller.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity: 1 });
  const cookie = resHeaders.getSetCookie().find((value) => value.startsWith('storeloom_cart='));
  const token = decodeURIComponent(cookie?.split(';')[0]?.split('=')[1] ?? '');
  return { caller: shopperAt({ storeloom_cart: token }), token };
}

async function fingerprint() {
  const [orders, sessions, reservations] = await Promise.all([
    db().order.findMany({ orderBy: { id: 'asc' } }),
    db().checkoutSession.findMany({ orderBy: { id: 'asc' } }),
    db().inventoryReservation.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return JSON.stringify({ orders, sessions, reservations });
}

describe('storefront checkout', () => {
  it('walks through every step and places the order once', async () => {
    const { caller } = await shopperWithCart();
    const { checkoutId } = await caller.storefront.checkout.start();
    await caller.storefront.checkout.setContact({ checkoutId, email: 'walk@example.com' });
    await caller.storefront.checkout.setShippingAddress({ checkoutId, address: usAddress });
    await caller.storefront.checkout.setShippingTier({ checkoutId, tierCode: 'standard' });
    await caller.storefront.checkout.setBillingAddress({ checkoutId, sameAsShipping: true });
    const ready = await caller.storefront.checkout.setPaymentMethod({
      checkoutId,
      provider: 'manual',
    });
    expect(ready).toMatchObject({ missing: [], canPlaceOrder: true });

    const placed = await caller.storefront.checkout.placeOrder({ checkoutId });
    expect(placed).toMatchObject({ created: true, total: ready.summary.total });
    const again = await caller.storefront.checkout.placeOrder({ checkoutId });
    expect(again).toMatchObject({ orderId: placed.orderId, created: false });
    const order = await db().order.findFirst({ where: { id: placed.orderId } });
    expect(order).toMatchObject({ status: 'pending_payment', email: 'walk@example.com' });
    expect(await caller.storefront.cart.get()).toMatchObject({ cartId: null, lines: [] });
  });

  it('refuses bad steps with a 4xx and a message, changing nothing', async () => {
    const { caller } = await shopperWithCart();
    const { checkoutId } = await caller.storefront.checkout.start();
    const before = await fingerprint();
    const cases: [() => Promise<unknown>, string][] = [
      [
        () =>
          caller.storefront.checkout.setShippingAddress({
            checkoutId,
            address: { ...usAddress, country: 'CA' },
          }),
        'BAD_REQUEST',
      ],
      [
        () => caller.storefront.checkout.setPaymentMethod({ checkoutId, provider: 'paypal' }),
        'BAD_REQUEST',
      ],
      [
        () => caller.storefront.checkout.setContact({ checkoutId, email: 'not an email' }),
        'BAD_REQUEST',
      ],
      [
        () =>
          caller.storefront.checkout.setShippingAddress({
            checkoutId,
            address: { ...usAddress, line1: 'x'.repeat(161) },
          }),
        'BAD_REQUEST',
      ],
      [() => caller.storefront.checkout.placeOrder({ checkoutId }), 'PRECONDITION_FAILED'],
      [() => shopperAt().storefront.checkout.get({ checkoutId }), 'NOT_FOUND'],
      [
        () => shopperAt({}, setup.fixture.storeB.host).storefront.checkout.get({ checkoutId }),
        'NOT_FOUND',
      ],
    ];
    for (const [call, code] of cases) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toMatchObject({ code });
      expect((error as Error).message.length).toBeGreaterThan(0);
    }
    const placing = await caller.storefront.checkout
      .placeOrder({ checkoutId })
      .catch((e: unknown) => e);
    expect((placing as Error).message).toBe(
      'Add a contact email, a shipping address, a delivery option, a billing address and a payment method before placing the order',
    );
    expect(await fingerprint()).toBe(before);
  });

  it('limits how often one checkout can be placed', async () => {
    const { caller } = await shopperWithCart();
    const { checkoutId } = await caller.storefront.checkout.start();
    const codes: string[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const error = await caller.storefront.checkout
        .placeOrder({ checkoutId })
        .catch((e: unknown) => e);
      codes.push((error as { code: string }).code);
    }
    expect(codes.slice(0, 10).every((code) => code === 'PRECONDITION_FAILED')).toBe(true);
    expect(codes[10]).toBe('TOO_MANY_REQUESTS');
  });
});
