import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { requestFor } from '../../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(storeA().tenantId);

function shopperAt(cookies: Record<string, string> = {}, host = storeA().host) {
  return requestFor(setup.database, { app: 'storefront', host, cookies });
}

function cartCookie(headers: Headers): string | undefined {
  const cookie = headers.getSetCookie().find((value) => value.startsWith('storeloom_cart='));
  return cookie ? decodeURIComponent(cookie.split(';')[0]?.split('=')[1] ?? '') : undefined;
}

/** A guest cart with one line, at store A or (with B's host and variant) at store B. */
async function newCartToken(quantity = 1, store = storeA()) {
  const { caller, resHeaders } = shopperAt({}, store.host);
  await caller.storefront.cart.addLine({ variantId: store.ids.variantId, quantity });
  const token = cartCookie(resHeaders);
  if (!token) throw new Error('No cart cookie was set');
  return token;
}

async function newCart(quantity = 1) {
  return shopperAt({ storeloom_cart: await newCartToken(quantity) }).caller;
}

/** Every cart line of both stores, to show a request changed nothing anywhere. */
async function bothStoresLines() {
  const linesOf = (tenantId: string) =>
    setup.database.forTenant(tenantId).cartLine.findMany({ orderBy: { id: 'asc' } });
  const [a, b] = await Promise.all([
    linesOf(storeA().tenantId),
    linesOf(setup.fixture.storeB.tenantId),
  ]);
  return JSON.stringify({ a, b });
}

async function snapshot() {
  const [carts, lines] = await Promise.all([
    db().cart.findMany({ orderBy: { id: 'asc' } }),
    db().cartLine.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return JSON.stringify({ carts, lines });
}

describe('storefront cart', () => {
  it('sets an httpOnly cart cookie on the first line and finds the cart by it', async () => {
    const { caller, resHeaders } = shopperAt();
    expect(await caller.storefront.cart.get()).toMatchObject({ cartId: null, lines: [] });
    const cart = await caller.storefront.cart.addLine({
      variantId: storeA().ids.variantId,
      quantity: 2,
    });
    const cookie = resHeaders.getSetCookie().find((value) => value.startsWith('storeloom_cart='));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const again = await shopperAt({
      storeloom_cart: cartCookie(resHeaders) ?? '',
    }).caller.storefront.cart.get();
    expect(again).toMatchObject({ cartId: cart.cartId, subtotal: 3998, itemCount: 2 });
  });

  it("shows an empty cart for a tampered or another store's cart cookie, changing nothing", async () => {
    const own = await newCartToken();
    const storeBToken = await newCartToken(2, setup.fixture.storeB);
    const tampered = [`${own.slice(0, -2)}xx`, 'garbage', '%E0%A4%A', 'x'.repeat(500), ''];
    const before = await bothStoresLines();
    for (const token of [...tampered, storeBToken]) {
      const { caller } = shopperAt({ storeloom_cart: token });
      expect(await caller.storefront.cart.get()).toMatchObject({
        cartId: null,
        lines: [],
        itemCount: 0,
        total: 0,
      });
      const variantId = setup.fixture.storeB.ids.variantId;
      for (const call of [
        () => caller.storefront.cart.updateLine({ variantId, quantity: 1 }),
        () => caller.storefront.cart.removeLine({ variantId }),
      ]) {
        await expect(call()).rejects.toMatchObject({
          code: 'NOT_FOUND',
          message: 'Cart item not found',
        });
      }
    }
    expect(await bothStoresLines()).toBe(before);
    // Store B's own host still finds its cart by the same cookie.
    const atB = shopperAt({ storeloom_cart: storeBToken }, setup.fixture.storeB.host).caller;
    expect(await atB.storefront.cart.get()).toMatchObject({ itemCount: 2 });
  });

  it("starts a new cart of this store when adding with another store's cookie", async () => {
    const storeBToken = await newCartToken(1, setup.fixture.storeB);
    const { caller, resHeaders } = shopperAt({ storeloom_cart: storeBToken });
    const cart = await caller.storefront.cart.addLine({
      variantId: storeA().ids.variantId,
      quantity: 1,
    });
    expect(cart.lines.map((line) => line.variantId)).toEqual([storeA().ids.variantId]);
    expect(cartCookie(resHeaders)).not.toBe(storeBToken);
    const atB = shopperAt({ storeloom_cart: storeBToken }, setup.fixture.storeB.host).caller;
    expect((await atB.storefront.cart.get()).lines.map((line) => line.variantId)).toEqual([
      setup.fixture.storeB.ids.variantId,
    ]);
  });

  it.each([
    ['zero', 0],
    ['negative', -3],
    ['fractional', 1.5],
    ['above 999', 1000],
  ])('refuses a %s quantity with BAD_REQUEST and changes nothing', async (_label, quantity) => {
    const caller = await newCart();
    const before = await snapshot();
    for (const call of [
      () => caller.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity }),
      () => caller.storefront.cart.updateLine({ variantId: storeA().ids.variantId, quantity }),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_REQUEST' });
      expect((error as Error).message.length).toBeGreaterThan(0);
    }
    expect(await snapshot()).toBe(before);
  });

  it('refuses more than the stock with CONFLICT and changes nothing', async () => {
    const caller = await newCart();
    const before = await snapshot();
    await expect(
      caller.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity: 10 }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Only 10 left of Alpha Goods Product, and 1 is already in your cart',
    });
    expect(await snapshot()).toBe(before);
  });

  it("answers NOT_FOUND for unknown and another store's variants, creating nothing", async () => {
    const before = await snapshot();
    for (const variantId of ['missing-variant', setup.fixture.storeB.ids.variantId]) {
      await expect(
        shopperAt().caller.storefront.cart.addLine({ variantId, quantity: 1 }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Product variant not found' });
    }
    expect(await snapshot()).toBe(before);
  });

  it('refuses an expired, an exhausted and an oversized code, storing nothing', async () => {
    const caller = await newCart();
    const base = {
      tenantId: storeA().tenantId,
      method: 'code' as const,
      kind: 'percentage' as const,
      value: 500,
    };
    await db().discount.createMany({
      data: [
        { ...base, title: 'Expired', code: 'GONE5', endsAt: new Date(Date.now() - 60_000) },
        { ...base, title: 'Exhausted', code: 'USED5', usageLimit: 3, usageCount: 3 },
      ],
    });
    const before = await snapshot();
    for (const code of ['gone5', 'USED5', 'X'.repeat(65)]) {
      const error = await caller.storefront.cart.applyCode({ code }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_REQUEST' });
      expect((error as Error).message.length).toBeGreaterThan(0);
    }
    expect(await snapshot()).toBe(before);
    const applied = await caller.storefront.cart.applyCode({ code: 'alpha10' });
    expect(applied).toMatchObject({ discountCodes: ['ALPHA10'], discountTotal: 200 });
  });

  it('estimates shipping for a served country and explains an unserved one', async () => {
    const caller = await newCart();
    await expect(caller.storefront.cart.estimateShipping({ country: 'us' })).resolves.toMatchObject(
      {
        options: [{ tierCode: 'standard', price: 500 }],
        selectedTierCode: 'standard',
        // $19.99 + $5.00 shipping + 8% tax on the goods ($1.60).
        totals: { subtotal: 1999, shippingTotal: 500, taxTotal: 160, total: 2659 },
      },
    );
    await expect(caller.storefront.cart.estimateShipping({ country: 'FR' })).resolves.toMatchObject(
      {
        options: [],
        unavailableReason: 'We do not ship to France yet',
      },
    );
    await expect(
      caller.storefront.cart.estimateShipping({ country: 'France' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
