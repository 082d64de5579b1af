import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  createCartTestProduct,
  createShopper,
  createShopperOrder,
  openShopperSession,
  removeCartTestProduct,
  withE2eDatabase,
  type CartTestProduct,
  type Shopper,
} from '@storeloom/devkit/e2e-data';

import { callStorefront } from '../fixtures/storefront-api';
import { storefrontUrl } from '../fixtures/urls';

// A shopper of store A tries to reach store B's data by changing ids or the host. Every product,
// shopper and order here is the spec's own. Covered elsewhere, so not repeated: another store's
// cart cookie on the cart page (cart.spec.ts) and another shopper's order in the same store
// (account.spec.ts).
const A = 'tech-gadgets';
const B = 'outdoor-adventure';
const CART_COOKIE = 'storeloom_cart';
const CUSTOMER_COOKIE = 'storeloom_customer';

const created: CartTestProduct[] = [];

async function product(storeSlug: string, title: string): Promise<CartTestProduct> {
  const made = await withE2eDatabase((db) =>
    createCartTestProduct(db, { storeSlug, title, price: 4500, onHand: 10 }),
  );
  created.push(made);
  return made;
}

test.afterAll(async () => {
  await withE2eDatabase(async (db) => {
    for (const { productId } of created) await removeCartTestProduct(db, productId);
  });
});

/** A shopper of `storeSlug` with one shipped order, and a session token for them there. */
async function shopperWithOrder(storeSlug: string, email?: string) {
  return withE2eDatabase(async (db) => {
    const shopper: Shopper = await createShopper(db, {
      storeSlug,
      firstName: 'Iris',
      password: 'a long enough password',
      ...(email === undefined ? {} : { email }),
    });
    const order = await createShopperOrder(db, {
      storeSlug,
      customerId: shopper.customerId,
      stage: 'shipped',
    });
    const token = await openShopperSession(db, { storeSlug, customerId: shopper.customerId });
    return { shopper, order, token };
  });
}

/** The browser holds `value` as the cookie `name` of `storeSlug`'s host, as if that store set it. */
async function giveCookie(
  context: BrowserContext,
  storeSlug: string,
  name: string,
  value: string,
): Promise<void> {
  await context.addCookies([
    { name, value, url: storefrontUrl(storeSlug), httpOnly: true, sameSite: 'Lax' },
  ]);
}

/** The product titles of a cart the API answered with (none when it answered no cart). */
function lineTitles(cart: unknown): string[] {
  const lines = (cart as { lines?: { productTitle: string }[] } | null)?.lines ?? [];
  return lines.map((line) => line.productTitle);
}

/** The store's sign-in page, which leads back to `next` (the account overview by default). */
async function expectSignInPage(page: Page, storeSlug: string, next: string): Promise<void> {
  const query = next === '/account' ? '' : `?next=${encodeURIComponent(next)}`;
  await expect(page).toHaveURL(`${storefrontUrl(storeSlug)}/account/sign-in${query}`);
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
}

test.describe('storefront shopper isolation', () => {
  test("another store's product is not found on this store's host, by slug or by variant id", async ({
    page,
    playwright,
  }) => {
    const foreign = await product(B, 'Isolation Lantern');

    const response = await page.goto(`${storefrontUrl(A)}/products/${foreign.slug}`);
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { level: 1, name: "We couldn't find that product" }),
    ).toBeVisible();
    await expect(page.getByText(foreign.title)).toHaveCount(0);
    await expect(page.locator(`a[href^="/products/${foreign.slug}"]`)).toHaveCount(0);

    const bySlug = (storeSlug: string) =>
      callStorefront(playwright.request, {
        storeSlug,
        procedure: 'storefront.catalog.productBySlug',
        input: { slug: foreign.slug },
      });
    expect(await bySlug(A)).toEqual({ status: 404, data: null, errorCode: 'NOT_FOUND' });
    // The same question on its own store's host finds it: the slug is right, the host is not.
    const own = await bySlug(B);
    expect(own.status).toBe(200);
    expect(own.data).toMatchObject({ title: foreign.title });

    // Its variant id cannot be put in a cart of this store either.
    const added = await callStorefront(playwright.request, {
      storeSlug: A,
      procedure: 'storefront.cart.addLine',
      kind: 'mutation',
      input: { variantId: foreign.variantId, quantity: 1 },
    });
    expect(added).toEqual({ status: 404, data: null, errorCode: 'NOT_FOUND' });
  });

  test("a cart cookie of one store opens no cart on another store's API, and fills none", async ({
    page,
    context,
    playwright,
  }) => {
    const mine = await product(A, 'Isolation Mug');
    const theirs = await product(B, 'Isolation Flask');
    // A line in store A's cart, added by the browser so the cookie is the one A really set.
    await page.goto(`${storefrontUrl(A)}/api/trpc/health.check`);
    const status = await page.evaluate(async (variantId) => {
      const response = await fetch('/api/trpc/storefront.cart.addLine', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { variantId, quantity: 1 } }),
      });
      return response.status;
    }, mine.variantId);
    expect(status).toBe(200);
    const cartToken = (await context.cookies(storefrontUrl(A))).find(
      (cookie) => cookie.name === CART_COOKIE,
    )?.value;
    if (cartToken === undefined) throw new Error('Adding a line set no cart cookie');
    const cartOf = (storeSlug: string) =>
      callStorefront(playwright.request, {
        storeSlug,
        procedure: 'storefront.cart.get',
        cookies: { [CART_COOKIE]: cartToken },
      });

    // The token opens A's cart on A's host (so it is a valid one) ...
    const onA = await cartOf(A);
    expect(onA.status).toBe(200);
    expect(lineTitles(onA.data)).toEqual([mine.title]);
    // ... and nothing on B's host.
    const onB = await cartOf(B);
    expect(onB.status).toBe(200);
    expect(onB.data).toMatchObject({ cartId: null, itemCount: 0, lines: [] });

    // Adding on B's host with A's token starts a cart of B's own; A's cart is left as it was.
    const addedOnB = await callStorefront(playwright.request, {
      storeSlug: B,
      procedure: 'storefront.cart.addLine',
      kind: 'mutation',
      input: { variantId: theirs.variantId, quantity: 1 },
      cookies: { [CART_COOKIE]: cartToken },
    });
    expect(addedOnB.status).toBe(200);
    expect(lineTitles(addedOnB.data)).toEqual([theirs.title]);
    expect(lineTitles((await cartOf(A)).data)).toEqual([mine.title]);
    expect((await cartOf(B)).data).toMatchObject({ itemCount: 0, lines: [] });
  });

  test("a shopper signed in on one store is signed out on another, and can't read their order there", async ({
    page,
    context,
    playwright,
  }) => {
    const { order, token } = await shopperWithOrder(A);
    const asShopper = (storeSlug: string, procedure: string, input: unknown) =>
      callStorefront(playwright.request, {
        storeSlug,
        procedure,
        input,
        cookies: { [CUSTOMER_COOKIE]: token },
      });

    // The session is good where it was opened.
    const own = await asShopper(A, 'storefront.account.orders.get', { orderId: order.orderId });
    expect(own.status).toBe(200);
    expect(own.data).toMatchObject({ number: order.number });

    // The same cookie on B's host: signed out there.
    await giveCookie(context, B, CUSTOMER_COOKIE, token);
    await page.goto(`${storefrontUrl(B)}/account`);
    await expectSignInPage(page, B, '/account');
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true }),
    ).toBeVisible();
    await page.goto(`${storefrontUrl(B)}/account/orders/${order.orderId}`);
    await expectSignInPage(page, B, `/account/orders/${order.orderId}`);
    await expect(page.getByText(order.itemName)).toHaveCount(0);

    expect(await asShopper(B, 'storefront.account.me', undefined)).toEqual({
      status: 200,
      data: { customer: null },
      errorCode: null,
    });
    for (const procedure of [
      'storefront.account.orders.get',
      'storefront.account.orders.invoicePdf',
    ]) {
      expect(await asShopper(B, procedure, { orderId: order.orderId })).toEqual({
        status: 401,
        data: null,
        errorCode: 'UNAUTHORIZED',
      });
    }
    expect(await asShopper(B, 'storefront.account.orders.list', {})).toMatchObject({
      status: 401,
      data: null,
    });
    expect(
      await asShopper(B, 'storefront.checkout.confirmation', { orderId: order.orderId }),
    ).toEqual({ status: 404, data: null, errorCode: 'NOT_FOUND' });
  });

  test("a shopper of another store with the same email never sees this store's order", async ({
    page,
    context,
    playwright,
  }) => {
    const inA = await shopperWithOrder(A);
    // The same person has an account on B as well, with no orders there.
    const inB = await withE2eDatabase(async (db) => {
      const shopper = await createShopper(db, {
        storeSlug: B,
        firstName: 'Iris',
        password: 'a long enough password',
        email: inA.shopper.email,
      });
      return openShopperSession(db, { storeSlug: B, customerId: shopper.customerId });
    });
    const asShopperOfB = (procedure: string, input: unknown) =>
      callStorefront(playwright.request, {
        storeSlug: B,
        procedure,
        input,
        cookies: { [CUSTOMER_COOKIE]: inB },
      });
    const orderId = inA.order.orderId;

    await giveCookie(context, B, CUSTOMER_COOKIE, inB);
    await page.goto(`${storefrontUrl(B)}/account/orders`);
    await expect(page.getByRole('heading', { name: 'No orders yet' })).toBeVisible();
    await expect(page.getByText(`Order #${String(inA.order.number)}`)).toHaveCount(0);

    // The account pages stream (their loading state), so this not-found page answers 200.
    await page.goto(`${storefrontUrl(B)}/account/orders/${orderId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Order not found' })).toBeVisible();
    await expect(page.getByText(inA.order.shipment?.trackingNumber ?? 'none')).toHaveCount(0);
    const invoiceStatus = await page.evaluate(
      (path) => fetch(path).then((answer) => answer.status),
      `/account/orders/${orderId}/invoice`,
    );
    expect(invoiceStatus).toBe(404);

    for (const procedure of [
      'storefront.account.orders.get',
      'storefront.account.orders.invoicePdf',
      'storefront.checkout.confirmation',
    ]) {
      expect(await asShopperOfB(procedure, { orderId })).toEqual({
        status: 404,
        data: null,
        errorCode: 'NOT_FOUND',
      });
    }
    const list = await asShopperOfB('storefront.account.orders.list', {});
    expect(list).toMatchObject({ status: 200, data: { items: [] } });
  });
});
