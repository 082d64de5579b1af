import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { hashOpaqueToken } from '../customer-accounts/customer-session-token.ts';
import { signInCustomer } from '../customer-accounts/sign-in-customer.ts';
import { signUpCustomer } from '../customer-accounts/sign-up-customer.ts';
import { createStockedVariant } from '../inventory/testing/create-stocked-variant.ts';
import { consumeRateLimit } from '../rate-limit/consume-rate-limit.ts';
import { addCartLine } from './add-cart-line.ts';
import { applyDiscountCode } from './apply-discount-code.ts';
import { estimateShipping } from './estimate-shipping.ts';
import { getCart } from './get-cart.ts';
import { priceCart } from './price-cart.ts';
import { removeCartLine } from './remove-cart-line.ts';
import { removeDiscountCode } from './remove-discount-code.ts';
import type { Shopper } from './shopper.ts';
import { updateCartLine } from './update-cart-line.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const tenantId = () => storeA().tenantId;
const db = () => setup.database.forTenant(tenantId());
const guest = (cartToken: string | null = null): Shopper => ({ cartToken, customer: null });

async function stocked(onHand: number, options: { title?: string; price?: number } = {}) {
  const variant = await createStockedVariant(db(), {
    tenantId: tenantId(),
    locationId: storeA().ids.locationId,
    onHand,
    title: options.title ?? 'Linen Shirt',
  });
  if (options.price !== undefined) {
    await db().productVariant.update({
      where: { id: variant.variantId },
      data: { price: options.price },
    });
  }
  return variant;
}

async function cartWith(variantId: string, quantity: number): Promise<Shopper> {
  const { cartToken } = await addCartLine({
    db: db(),
    tenantId: tenantId(),
    shopper: guest(),
    variantId,
    quantity,
  });
  return guest(cartToken);
}

const cartCount = () => db().cart.count();

describe('cart', () => {
  it('answers an empty cart without creating one when there is no cookie', async () => {
    const before = await cartCount();
    const view = await getCart({ db: db(), tenantId: tenantId(), shopper: guest() });
    expect(view).toMatchObject({
      cartId: null,
      lines: [],
      total: 0,
      currency: 'USD',
      canCheckout: false,
    });
    expect(await cartCount()).toBe(before);
    // The shortcut answers exactly what pricing an absent cart would.
    const priced = await db().$transaction((tx) =>
      priceCart(tx, { tenantId: tenantId(), cart: null, customer: null, now: new Date() }),
    );
    expect(view).toEqual(priced);
  });

  it('creates a cart on the first line, keeps only the token hash, and merges quantities', async () => {
    const { variantId } = await stocked(10);
    const first = await addCartLine({
      db: db(),
      tenantId: tenantId(),
      shopper: guest(),
      variantId,
      quantity: 2,
    });
    expect(first.cartToken).toEqual(expect.any(String));
    const token = first.cartToken ?? '';
    const stored = await db().cart.findFirst({ where: { id: first.cart.cartId ?? '' } });
    expect(stored?.tokenHash).toBe(hashOpaqueToken(token));
    const second = await addCartLine({
      db: db(),
      tenantId: tenantId(),
      shopper: guest(token),
      variantId,
      quantity: 3,
    });
    expect(second.cartToken).toBeNull();
    expect(second.cart.lines).toMatchObject([{ variantId, quantity: 5, label: 'Linen Shirt (M)' }]);
    expect(second.cart).toMatchObject({
      subtotal: 12500,
      total: 12500,
      itemCount: 5,
      canCheckout: true,
    });
  });

  it('refuses more than the stock left, saying what is already in the cart', async () => {
    const { variantId } = await stocked(3);
    await expect(cartWith(variantId, 4)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Only 3 left of Linen Shirt (M)',
    });
    const shopper = await cartWith(variantId, 2);
    await expect(
      addCartLine({ db: db(), tenantId: tenantId(), shopper, variantId, quantity: 2 }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Only 3 left of Linen Shirt (M), and 2 are already in your cart',
    });
    const view = await getCart({ db: db(), tenantId: tenantId(), shopper });
    expect(view.lines[0]?.quantity).toBe(2);
  });

  it('lets a variant that allows backorders go beyond stock', async () => {
    const { variantId } = await stocked(1);
    await db().productVariant.update({ where: { id: variantId }, data: { allowBackorder: true } });
    const shopper = await cartWith(variantId, 5);
    const view = await getCart({ db: db(), tenantId: tenantId(), shopper });
    expect(view.lines[0]).toMatchObject({ quantity: 5, available: null, issues: [] });
  });

  it("answers NOT_FOUND for unknown and another store's variants, creating nothing", async () => {
    const before = await cartCount();
    for (const variantId of ['does-not-exist', setup.fixture.storeB.ids.variantId]) {
      await expect(cartWith(variantId, 1)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'Product variant not found',
      });
    }
    expect(await cartCount()).toBe(before);
  });

  it('reports a price change, a stock drop and a withdrawn product without changing the cart', async () => {
    const shirt = await stocked(10, { price: 2000 });
    const hat = await stocked(10, { title: 'Straw Hat' });
    const scarf = await stocked(10, { title: 'Silk Scarf' });
    let shopper = await cartWith(shirt.variantId, 3);
    for (const { variantId } of [hat, scarf]) {
      await addCartLine({ db: db(), tenantId: tenantId(), shopper, variantId, quantity: 1 });
    }
    shopper = guest(shopper.cartToken);
    await db().productVariant.update({ where: { id: shirt.variantId }, data: { price: 1800 } });
    await db().inventoryLevel.updateMany({
      where: { variantId: shirt.variantId },
      data: { onHand: 2 },
    });
    await db().product.update({ where: { id: scarf.productId }, data: { status: 'archived' } });

    const view = await getCart({ db: db(), tenantId: tenantId(), shopper });
    expect(view.issues).toEqual([
      'The price of Linen Shirt (M) changed from $20.00 to $18.00',
      'Only 2 left of Linen Shirt (M)',
      'Silk Scarf (M) is no longer available',
    ]);
    expect(view.lines.map((line) => line.quantity)).toEqual([3, 1, 1]);
    expect(view.lines[2]).toMatchObject({ included: false, total: 0 });
    expect(view.subtotal).toBe(3 * 1800 + 2500);
    expect(view.canCheckout).toBe(false);
  });

  it("shows the variant's own image, else the product's first, else none", async () => {
    const shirt = await stocked(10);
    const hat = await stocked(10, { title: 'Straw Hat' });
    const bare = await stocked(10, { title: 'Plain Sock' });
    const picture = (name: string, altText: string | null) =>
      db().mediaAsset.create({
        data: {
          tenantId: tenantId(),
          storageKey: `cart-test/${name}-${shirt.sku}.webp`,
          url: `/media/cart-test/${name}.webp`,
          mimeType: 'image/webp',
          byteSize: 100,
          altText,
        },
      });
    const [front, blue, straw] = await Promise.all([
      picture('front', 'Shirt, front'),
      picture('blue', null),
      picture('straw', null),
    ]);
    await db().productMedia.createMany({
      data: [
        { tenantId: tenantId(), productId: shirt.productId, mediaAssetId: front.id, position: 0 },
        {
          tenantId: tenantId(),
          productId: shirt.productId,
          mediaAssetId: blue.id,
          position: 1,
          variantId: shirt.variantId,
          altText: 'Shirt in blue',
        },
        { tenantId: tenantId(), productId: hat.productId, mediaAssetId: straw.id },
      ],
    });
    const shopper = await cartWith(shirt.variantId, 1);
    for (const { variantId } of [hat, bare]) {
      await addCartLine({ db: db(), tenantId: tenantId(), shopper, variantId, quantity: 1 });
    }
    const view = await getCart({ db: db(), tenantId: tenantId(), shopper });
    expect(view.lines.map((line) => line.image)).toEqual([
      { url: '/media/cart-test/blue.webp', alt: 'Shirt in blue' },
      { url: '/media/cart-test/straw.webp', alt: 'Straw Hat (M)' },
      null,
    ]);
  });

  it('updates and removes lines, refusing lines that are not in the cart', async () => {
    const { variantId } = await stocked(5);
    const shopper = await cartWith(variantId, 1);
    const updated = await updateCartLine({
      db: db(),
      tenantId: tenantId(),
      shopper,
      variantId,
      quantity: 4,
    });
    expect(updated.cart.lines[0]?.quantity).toBe(4);
    await expect(
      updateCartLine({ db: db(), tenantId: tenantId(), shopper, variantId, quantity: 6 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Only 5 left of Linen Shirt (M)' });
    const emptied = await removeCartLine({ db: db(), tenantId: tenantId(), shopper, variantId });
    expect(emptied.lines).toEqual([]);
    await expect(
      removeCartLine({ db: db(), tenantId: tenantId(), shopper, variantId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Cart item not found' });
    await expect(
      updateCartLine({ db: db(), tenantId: tenantId(), shopper: guest(), variantId, quantity: 1 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('discount codes on the cart', () => {
  const apply = (shopper: Shopper, code: string) =>
    applyDiscountCode({ db: db(), tenantId: tenantId(), shopper, code });

  it('stores a usable code normalised and prices with it; removing it prices without', async () => {
    const { variantId } = await stocked(10);
    const shopper = await cartWith(variantId, 2);
    const { cart } = await apply(shopper, ' alpha10 ');
    expect(cart).toMatchObject({ discountCodes: ['ALPHA10'], subtotal: 5000, discountTotal: 500 });
    const again = await apply(shopper, 'ALPHA10');
    expect(again.cart.discountCodes).toEqual(['ALPHA10']);
    const removed = await removeDiscountCode({
      db: db(),
      tenantId: tenantId(),
      shopper,
      code: 'alpha10',
    });
    expect(removed).toMatchObject({ discountCodes: [], discountTotal: 0 });
  });

  it('refuses an expired or exhausted code with the reason, and stores nothing', async () => {
    const { variantId } = await stocked(10);
    const shopper = await cartWith(variantId, 1);
    const base = {
      tenantId: tenantId(),
      method: 'code' as const,
      kind: 'percentage' as const,
      value: 1000,
    };
    await db().discount.create({
      data: { ...base, title: 'Old', code: 'OLD10', endsAt: new Date(Date.now() - 86_400_000) },
    });
    await db().discount.create({
      data: { ...base, title: 'Once', code: 'ONCE10', usageLimit: 1, usageCount: 1 },
    });
    for (const code of ['OLD10', 'ONCE10']) {
      const error = await apply(shopper, code).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_REQUEST' });
      expect((error as Error).message).toContain(code);
    }
    const view = await getCart({ db: db(), tenantId: tenantId(), shopper });
    expect(view.discountCodes).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown code and another store's code", async () => {
    const { variantId } = await stocked(10);
    const shopper = await cartWith(variantId, 1);
    for (const code of ['NOPE', 'BRAVO10']) {
      await expect(apply(shopper, code)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});

describe('shipping estimate', () => {
  it('lists the options for a served country and says why for another', async () => {
    const { variantId } = await stocked(10);
    const shopper = await cartWith(variantId, 1);
    const us = await estimateShipping({
      db: db(),
      tenantId: tenantId(),
      shopper,
      destination: { country: 'US', region: 'IL' },
    });
    expect(us.options).toMatchObject([{ tierCode: 'standard', price: 500 }]);
    const ca = await estimateShipping({
      db: db(),
      tenantId: tenantId(),
      shopper,
      destination: { country: 'CA' },
    });
    expect(ca).toMatchObject({ options: [], unavailableReason: 'We do not ship to Canada yet' });
  });

  it('totals the cart with the chosen option, or the first one offered, tax included', async () => {
    const { variantId } = await stocked(10);
    const shopper = await cartWith(variantId, 2);
    await db().shippingTier.create({
      data: {
        tenantId: tenantId(),
        code: 'express',
        name: 'Express',
        multiplierPermille: 2000,
        deliveryDaysMin: 1,
        deliveryDaysMax: 2,
      },
    });
    const estimate = (tierCode?: string) =>
      estimateShipping({
        db: db(),
        tenantId: tenantId(),
        shopper,
        destination: { country: 'US', ...(tierCode ? { tierCode } : {}) },
      });

    const first = await estimate();
    expect(first.options.map((option) => [option.tierCode, option.price])).toEqual([
      ['standard', 500],
      ['express', 1000],
    ]);
    // 2 x $25.00, $5.00 shipping, 8% tax on the goods.
    expect(first).toMatchObject({
      selectedTierCode: 'standard',
      totals: { subtotal: 5000, shippingTotal: 500, taxTotal: 400, total: 5900 },
    });
    const express = await estimate('express');
    expect(express).toMatchObject({
      selectedTierCode: 'express',
      totals: { shippingTotal: 1000, total: 6400 },
    });
    // An option that is not offered falls back to the first rather than failing.
    expect(await estimate('overnight')).toMatchObject({ selectedTierCode: 'standard' });
    const nowhere = await estimateShipping({
      db: db(),
      tenantId: tenantId(),
      shopper,
      destination: { country: 'CA' },
    });
    expect(nowhere).toMatchObject({ selectedTierCode: null, totals: null });
  });
});

describe('carts of signed-in shoppers', () => {
  const rateLimit = (rule: Parameters<typeof consumeRateLimit>[1]) =>
    consumeRateLimit(unscoped(setup.database), rule);

  it('merges the guest cart into the account cart on sign-in, capped at stock', async () => {
    const shirt = await stocked(10);
    const hat = await stocked(10, { title: 'Straw Hat' });
    const first = await signUpCustomer({
      db: db(),
      tenantId: tenantId(),
      input: { email: 'merge@example.com', password: 'a long password' },
      ip: null,
      guestCartToken: null,
      rateLimit,
    });
    const customer = { ...first.customer, sessionId: 'session', ordersVisibleSince: null };
    await addCartLine({
      db: db(),
      tenantId: tenantId(),
      shopper: { cartToken: null, customer },
      variantId: shirt.variantId,
      quantity: 4,
    });
    const guestShopper = await cartWith(shirt.variantId, 9);
    await addCartLine({
      db: db(),
      tenantId: tenantId(),
      shopper: guestShopper,
      variantId: hat.variantId,
      quantity: 1,
    });
    const guestCart = await db().cart.findFirst({
      where: { tokenHash: hashOpaqueToken(guestShopper.cartToken ?? '') },
    });

    const signedIn = await signInCustomer({
      db: db(),
      tenantId: tenantId(),
      email: 'merge@example.com',
      password: 'a long password',
      ip: null,
      guestCartToken: guestShopper.cartToken,
      rateLimit,
    });
    expect(signedIn.cartToken).toEqual(expect.any(String));
    const view = await getCart({
      db: db(),
      tenantId: tenantId(),
      shopper: { cartToken: signedIn.cartToken, customer },
    });
    expect(view.lines.map((line) => [line.label, line.quantity])).toEqual([
      ['Linen Shirt (M)', 10],
      ['Straw Hat (M)', 1],
    ]);
    expect(await db().cart.findFirst({ where: { id: guestCart?.id ?? '' } })).toMatchObject({
      status: 'merged',
    });
    const byCookie = await db().cart.findFirst({
      where: { tokenHash: hashOpaqueToken(signedIn.cartToken ?? '') },
    });
    expect(byCookie?.id).toBe(view.cartId);
    // Signed out, the same browser's cookie no longer shows the account's cart.
    const signedOut = await getCart({
      db: db(),
      tenantId: tenantId(),
      shopper: guest(signedIn.cartToken),
    });
    expect(signedOut.cartId).toBeNull();
  });

  it('adopts the guest cart when the account has none', async () => {
    const { variantId } = await stocked(10);
    const guestShopper = await cartWith(variantId, 2);
    const result = await signUpCustomer({
      db: db(),
      tenantId: tenantId(),
      input: { email: 'adopt@example.com', password: 'a long password' },
      ip: null,
      guestCartToken: guestShopper.cartToken,
      rateLimit,
    });
    expect(result.cartToken).toBeNull();
    const view = await getCart({
      db: db(),
      tenantId: tenantId(),
      shopper: {
        cartToken: null,
        customer: { ...result.customer, sessionId: 'session', ordersVisibleSince: null },
      },
    });
    expect(view.lines.map((line) => line.quantity)).toEqual([2]);
  });
});
