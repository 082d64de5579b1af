import { expect, test, type Page } from '@playwright/test';
import {
  changeCartTestProduct,
  createCartTestProduct,
  createExpiredDiscount,
  removeCartTestProduct,
  removeDiscount,
  withE2eDatabase,
  type CartTestProduct,
} from '@storeloom/devkit/e2e-data';

import { expectNoSeriousAxeViolations } from '../fixtures/axe';
import { storefrontUrl } from '../fixtures/urls';

// Every product here is the spec's own (created in a seeded store and removed afterwards), so
// changing its price or stock never touches a row another spec reads. Each test has its own
// browser context, hence its own cart.
const STORE = 'tech-gadgets';
const OTHER_STORE = 'outdoor-adventure';
const storeUrl = storefrontUrl(STORE);
const QUANTITY_BELOW_ONE = 'The quantity must be at least 1; remove the item instead';

const created: CartTestProduct[] = [];

async function product(
  storeSlug: string,
  title: string,
  price: number,
  onHand: number,
): Promise<CartTestProduct> {
  const made = await withE2eDatabase((db) =>
    createCartTestProduct(db, { storeSlug, title, price, onHand }),
  );
  created.push(made);
  return made;
}

test.afterAll(async () => {
  await withE2eDatabase(async (db) => {
    for (const { productId } of created) await removeCartTestProduct(db, productId);
  });
});

/**
 * Adds units through the storefront API as the store's own scripts call it: from a page of the
 * store's origin, so the cart cookie lands in the browser (only the browser resolves
 * *.localhost). The health check is the lightest page of that origin to stand on.
 */
async function addToCart(
  page: Page,
  variantId: string,
  quantity: number,
  origin = storeUrl,
): Promise<void> {
  if (!page.url().startsWith(origin)) await page.goto(`${origin}/api/trpc/health.check`);
  const status = await page.evaluate(
    async (input) => {
      const response = await fetch('/api/trpc/storefront.cart.addLine', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: input }),
      });
      return response.status;
    },
    { variantId, quantity },
  );
  expect(status).toBe(200);
}

/** Opens a store page and waits until the header's cart link opens the drawer (hydrated). */
async function openStorePage(page: Page, path = '/') {
  await page.goto(`${storeUrl}${path}`);
  const cartLink = page.getByRole('banner').getByRole('link', { name: /^Cart \(/ });
  if (path !== '/cart') await expect(cartLink).toHaveAttribute('aria-haspopup', 'dialog');
  return cartLink;
}

test.describe('storefront cart', () => {
  test('the drawer opens from the header, changes quantities and removes a line', async ({
    page,
  }) => {
    const lamp = await product(STORE, 'Cart Desk Lamp', 2500, 5);
    const cable = await product(STORE, 'Cart Cable', 1200, 10);
    await addToCart(page, lamp.variantId, 1);
    await addToCart(page, cable.variantId, 1);

    const cartLink = await openStorePage(page);
    await expect(cartLink).toHaveAccessibleName('Cart (2 items)');
    await cartLink.click();
    const drawer = page.getByRole('dialog', { name: /Your cart/ });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByRole('link', { name: lamp.title })).toBeVisible();
    await expect(drawer.getByRole('link', { name: cable.title })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'cart drawer');

    const quantity = drawer.getByRole('textbox', { name: `Quantity of ${lamp.title}` });
    await drawer.getByRole('button', { name: `Increase quantity of ${lamp.title}` }).click();
    await expect(quantity).toHaveValue('2');
    await expect(drawer.getByText('$50.00', { exact: true }).first()).toBeVisible();
    await expect(cartLink).toHaveAccessibleName('Cart (3 items)');

    // Bad quantities are explained in the line and never sent.
    for (const [typed, message] of [
      ['0', QUANTITY_BELOW_ONE],
      ['-2', QUANTITY_BELOW_ONE],
      ['two', 'Enter a number, like 2'],
    ] as const) {
      await quantity.fill(typed);
      await quantity.press('Enter');
      await expect(drawer.getByRole('alert')).toHaveText(message);
      await expect(quantity).toHaveAttribute('aria-invalid', 'true');
    }
    // More than the stock: the server's reason, and the quantity goes back.
    await quantity.fill('9');
    await quantity.press('Enter');
    await expect(drawer.getByRole('alert')).toHaveText(`Only 5 left of ${lamp.title}`);
    await expect(quantity).toHaveValue('2');

    await drawer.getByRole('button', { name: `Remove ${cable.title}` }).click();
    await expect(drawer.getByRole('link', { name: cable.title })).toHaveCount(0);
    await expect(cartLink).toHaveAccessibleName('Cart (2 items)');

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(cartLink).toBeFocused();

    await cartLink.click();
    await drawer.getByRole('link', { name: 'View cart' }).click();
    await expect(page).toHaveURL(`${storeUrl}/cart`);
    await expect(page.getByRole('heading', { level: 1, name: 'Your cart' })).toBeVisible();
    await expect(page.getByRole('link', { name: lamp.title })).toBeVisible();
  });

  test('discount codes: a valid one applies, unknown and expired ones say why', async ({
    page,
  }) => {
    const kettle = await product(STORE, 'Cart Kettle', 2500, 10);
    const expired = await withE2eDatabase((db) => createExpiredDiscount(db, { storeSlug: STORE }));
    try {
      await addToCart(page, kettle.variantId, 2);
      await openStorePage(page, '/cart');

      const field = page.getByRole('textbox', { name: 'Discount code' });
      const apply = page.getByRole('button', { name: 'Apply' });
      const summary = page.getByRole('complementary', { name: 'Order summary' });
      await apply.click();
      await expect(page.getByText('Enter a code', { exact: true })).toBeVisible();

      await field.fill('nosuchcode');
      await apply.click();
      await expect(page.getByText('NOSUCHCODE is not a valid code')).toBeVisible();
      await expect(field).toHaveAttribute('aria-invalid', 'true');

      await field.fill(expired.code);
      await apply.click();
      await expect(page.getByText(`${expired.code} has expired`)).toBeVisible();

      await field.fill('welcome10');
      await apply.click();
      await expect(
        page.getByRole('status').filter({ hasText: 'WELCOME10 is applied' }),
      ).toBeVisible();
      await expect(summary.getByText('Discounts')).toBeVisible();
      await expect(summary.getByText('−$5.00', { exact: true })).toBeVisible();
      await expect(summary.getByText('$45.00', { exact: true })).toBeVisible();

      await page.getByRole('button', { name: 'Remove the code WELCOME10' }).click();
      await expect(summary.getByText('Discounts')).toHaveCount(0);
      await expect(summary.getByText('$50.00', { exact: true }).last()).toBeVisible();
    } finally {
      await withE2eDatabase((db) => removeDiscount(db, { storeSlug: STORE, code: expired.code }));
    }
  });

  test('the cart page estimates shipping and totals it on the server', async ({ page }) => {
    const speaker = await product(STORE, 'Cart Speaker', 2500, 10);
    await addToCart(page, speaker.variantId, 1);
    await openStorePage(page, '/cart');
    const summary = page.getByRole('complementary', { name: 'Order summary' });
    await expect(summary.getByText('Calculated at checkout').first()).toBeVisible();

    const country = page.getByRole('combobox', { name: 'Country' });
    await expect(country).toHaveValue('US');
    const postcode = page.getByRole('textbox', { name: 'Postcode' });
    await postcode.fill('9'.repeat(20));
    await page.getByRole('button', { name: 'Estimate shipping' }).click();
    await expect(page.getByText('At most 16 characters')).toBeVisible();

    await postcode.fill('94110');
    await page.getByRole('button', { name: 'Estimate shipping' }).click();
    const options = page.getByRole('group', { name: 'Delivery to United States' });
    await expect(options.getByRole('radio', { name: /Standard/ })).toBeChecked();
    await expect(summary.getByText('Shipping (Standard)')).toBeVisible();
    // 8% sales tax on $25.00.
    await expect(summary.getByText('$2.00', { exact: true })).toBeVisible();

    await options.getByRole('radio', { name: /Express/ }).check();
    await expect(summary.getByText('Shipping (Express)')).toBeVisible();

    await country.selectOption({ label: 'France' });
    await page.getByRole('button', { name: 'Estimate shipping' }).click();
    await expect(page.getByText('We do not ship to France yet')).toBeVisible();
    await expect(summary.getByText('Calculated at checkout').first()).toBeVisible();
  });

  test('a line whose price or stock changed is flagged and checkout waits', async ({ page }) => {
    const tent = await product(STORE, 'Cart Tent', 2000, 5);
    await addToCart(page, tent.variantId, 3);
    await withE2eDatabase((db) =>
      changeCartTestProduct(db, tent.variantId, { price: 1800, onHand: 2 }),
    );

    await openStorePage(page, '/cart');
    await expect(
      page.getByText(`The price of ${tent.title} changed from $20.00 to $18.00`),
    ).toBeVisible();
    await expect(
      page.getByText(`Only 2 left of ${tent.title}. Lower the quantity to check out.`),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Checkout' })).toBeDisabled();
    await expect(page.getByText('Change the items marked in red to check out.')).toBeVisible();

    await page.getByRole('button', { name: `Change to 2 for ${tent.title}` }).click();
    await expect(page.getByRole('textbox', { name: `Quantity of ${tent.title}` })).toHaveValue('2');
    await expect(page.getByText(/Only 2 left of/)).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Checkout' })).toHaveAttribute('href', '/checkout');
  });

  test('an empty cart says so in the drawer and on the page', async ({ page }) => {
    const cartLink = await openStorePage(page);
    await expect(cartLink).toHaveAccessibleName('Cart (0 items)');
    await cartLink.click();
    const drawer = page.getByRole('dialog', { name: /Your cart/ });
    await expect(drawer.getByRole('heading', { name: 'Your cart is empty' })).toBeVisible();
    await drawer.getByRole('button', { name: 'Close cart' }).click();
    await expect(drawer).toBeHidden();

    await page.goto(`${storeUrl}/cart`);
    await expect(page.getByRole('heading', { name: 'Your cart is empty' })).toBeVisible();
    await page.getByRole('link', { name: 'Continue shopping' }).click();
    await expect(page).toHaveURL(`${storeUrl}/`);
  });

  test('a tampered cart cookie shows an empty cart', async ({ page, context }) => {
    const mug = await product(STORE, 'Cart Mug', 900, 10);
    await addToCart(page, mug.variantId, 1);
    const cookie = (await context.cookies(storeUrl)).find((c) => c.name === 'storeloom_cart');
    if (cookie === undefined) throw new Error('Adding a line set no cart cookie');
    const flipped = cookie.value.endsWith('a') ? 'b' : 'a';
    await context.addCookies([{ ...cookie, value: `${cookie.value.slice(0, -1)}${flipped}` }]);

    await openStorePage(page, '/cart');
    await expect(page.getByRole('heading', { name: 'Your cart is empty' })).toBeVisible();
    await expect(page.getByText(mug.title)).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Cart (0 items)' })).toBeVisible();
  });

  test("another store's cart cookie shows an empty cart, never that store's lines", async ({
    page,
    context,
  }) => {
    const boots = await product(OTHER_STORE, 'Cart Boots', 8900, 10);
    const otherUrl = storefrontUrl(OTHER_STORE);
    await addToCart(page, boots.variantId, 1, otherUrl);
    const cookie = (await context.cookies(otherUrl)).find((c) => c.name === 'storeloom_cart');
    if (cookie === undefined) throw new Error('Adding a line set no cart cookie');
    // The same valid token, sent to this store's host.
    await context.addCookies([
      { name: cookie.name, value: cookie.value, url: storeUrl, httpOnly: true, sameSite: 'Lax' },
    ]);

    await openStorePage(page, '/cart');
    await expect(page.getByRole('heading', { name: 'Your cart is empty' })).toBeVisible();
    await expect(page.getByText(boots.title)).toHaveCount(0);

    // The token still works where it belongs.
    await page.goto(`${otherUrl}/cart`);
    await expect(page.getByRole('link', { name: boots.title })).toBeVisible();
  });
});
