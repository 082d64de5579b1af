import { expect, test, type Page } from '@playwright/test';
import {
  createProductPageTestProduct,
  removeProductPageTestProduct,
  storefrontEventsOf,
  withE2eDatabase,
  type ProductPageTestProduct,
} from '@storeloom/devkit/e2e-data';

import { expectNoSeriousAxeViolations } from '../fixtures/axe';
import { storefrontUrl } from '../fixtures/urls';

// A product of the spec's own (see createProductPageTestProduct): Colour Sand/Slate/Moss × Size
// Small/Large, Moss/Large missing, Slate/Small sold out, Sand/Large with 3 left, Sand/Small on
// sale (49.00, was 69.00), pictures of their own for Slate/Large and Moss/Small.
const storeSlug = 'demo-store';
const store = storefrontUrl(storeSlug);
let lamp: ProductPageTestProduct;

test.beforeAll(async () => {
  lamp = await withE2eDatabase((db) => createProductPageTestProduct(db, { storeSlug }));
});

test.afterAll(async () => {
  await withE2eDatabase((db) => removeProductPageTestProduct(db, lamp.productId));
});

const productPath = () => `/products/${lamp.slug}`;
const variantId = (key: string) => lamp.variants[key] ?? 'missing';
const mainImage = (page: Page) =>
  page.getByRole('region', { name: 'Product images' }).locator('img').first();
/** A stored image as the page asks for it: resized by the media route for its slot (`?w=`). */
const served = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?w=\\d+$`);

async function openLamp(page: Page, query = '') {
  const response = await page.goto(`${store}${productPath()}${query}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: lamp.title })).toBeVisible();
  // The picker only takes choices once the page is interactive (every colour exists).
  await expect(page.getByRole('radio', { name: 'Sand' })).toBeEnabled();
}

test.describe('storefront product page', () => {
  test('choosing a variant updates price, availability, picture and address', async ({ page }) => {
    await openLamp(page);
    await expect(page.getByText('$49.00').first()).toBeVisible();
    await expect(page.getByText('Save 28%')).toBeVisible();
    await expect(page.getByText('In stock', { exact: true })).toBeVisible();
    await expect(mainImage(page)).toHaveAttribute('src', served(lamp.images.product));

    await page.getByRole('radio', { name: 'Large' }).check();
    await expect(page).toHaveURL(new RegExp(`\\?variant=${variantId('Sand/Large')}$`));
    await expect(page.getByText('$59.00').first()).toBeVisible();
    await expect(page.getByText('Only 3 left')).toBeVisible();
    await expect(page.getByText('Save 28%')).toHaveCount(0);

    await page.getByRole('radio', { name: 'Slate' }).check();
    await expect(page).toHaveURL(new RegExp(`\\?variant=${variantId('Slate/Large')}$`));
    await expect(mainImage(page)).toHaveAttribute('src', served(lamp.images.slateLarge));
  });

  test('the address opens the page on its variant', async ({ page }) => {
    await openLamp(page, `?variant=${variantId('Slate/Large')}`);
    await expect(page.getByRole('radio', { name: 'Slate' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Large' })).toBeChecked();
    await expect(page.getByText('$59.00').first()).toBeVisible();
    await expect(mainImage(page)).toHaveAttribute('src', served(lamp.images.slateLarge));
    await expectNoSeriousAxeViolations(page, 'product page with options');
  });

  test('combinations that do not exist are disabled; sold-out ones cannot be bought', async ({
    page,
  }) => {
    await openLamp(page);
    await page.getByRole('radio', { name: 'Moss' }).check();
    await expect(page.getByRole('radio', { name: /^Large/ })).toBeDisabled();
    await expect(page.getByRole('radio', { name: 'Large, unavailable' })).toBeDisabled();
    await expect(mainImage(page)).toHaveAttribute('src', served(lamp.images.mossSmall));

    await page.getByRole('radio', { name: 'Slate' }).check();
    await page.getByRole('radio', { name: /^Small/ }).check();
    await expect(page.getByRole('radio', { name: 'Small, sold out' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Sold out' })).toBeDisabled();
    await expect(page.getByText('Sold out', { exact: true }).first()).toBeVisible();
  });

  test('every wrong quantity gets a message, and nothing is added', async ({ page }) => {
    await openLamp(page, `?variant=${variantId('Sand/Large')}`);
    const quantity = page.getByRole('spinbutton', { name: 'Quantity' });
    const add = page.getByRole('button', { name: 'Add to cart' });
    for (const [typed, message] of [
      ['5', 'Only 3 left in stock. Choose 3 or fewer.'],
      ['0', 'The quantity must be at least 1.'],
      ['-2', 'The quantity cannot be negative.'],
      ['1.5', 'Enter a whole number, such as 1 or 2.'],
      ['', 'Enter a quantity.'],
    ] as const) {
      await quantity.fill(typed);
      await add.click();
      await expect(page.getByText(message)).toBeVisible();
      await expect(quantity).toHaveAttribute('aria-invalid', 'true');
      await expect(quantity).toBeFocused();
    }
    await expect(page.getByRole('dialog', { name: /Your cart/ })).toBeHidden();
  });

  test('adding to the cart opens the drawer; the store refuses more than it has', async ({
    page,
  }) => {
    await openLamp(page, `?variant=${variantId('Sand/Large')}`);
    await page.getByRole('spinbutton', { name: 'Quantity' }).fill('3');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    const drawer = page.getByRole('dialog', { name: /Your cart/ });
    // The add goes through the server (slow while `next dev` compiles the API route).
    await expect(drawer).toBeVisible({ timeout: 30_000 });
    await expect(drawer.getByText(lamp.title).first()).toBeVisible();
    await drawer.getByRole('button', { name: 'Close cart' }).click();

    // All 3 are in the cart now: the page still offers 3, the server says no.
    await page.getByRole('button', { name: 'Add to cart' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Not added to your cart' });
    await expect(refusal).toContainText('Only 3 left', { timeout: 30_000 });
    await expect(refusal).toContainText('already in your cart');

    await expect
      .poll(async () =>
        (await withE2eDatabase((db) => storefrontEventsOf(db, lamp.productId))).filter(
          (event) => event.type === 'add_to_cart',
        ),
      )
      .toEqual([expect.objectContaining({ variantId: variantId('Sand/Large') })]);
  });

  test('records the product view after the page is sent', async ({ page }) => {
    // No other test opens this variant from its address.
    await openLamp(page, `?variant=${variantId('Moss/Small')}`);
    await expect
      .poll(async () =>
        (await withE2eDatabase((db) => storefrontEventsOf(db, lamp.productId))).filter(
          (event) => event.type === 'product_view' && event.variantId === variantId('Moss/Small'),
        ),
      )
      .toEqual([expect.objectContaining({ path: productPath() })]);
  });

  test('structured data describes the product and an offer per variant', async ({ page }) => {
    await openLamp(page);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const product = scripts
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((data) => data['@type'] === 'Product');
    expect(product).toMatchObject({
      name: lamp.title,
      brand: { '@type': 'Brand', name: 'Harbour Works' },
      url: `${store}${productPath()}`,
    });
    const offers = product?.offers as Record<string, unknown>[];
    expect(offers).toHaveLength(5);
    expect(offers).toContainEqual(
      expect.objectContaining({
        '@type': 'Offer',
        price: '49.00',
        priceCurrency: 'USD',
        availability: 'https://schema.org/InStock',
        url: `${store}${productPath()}?variant=${variantId('Sand/Small')}`,
      }),
    );
    expect(offers).toContainEqual(
      expect.objectContaining({
        availability: 'https://schema.org/OutOfStock',
        url: `${store}${productPath()}?variant=${variantId('Slate/Small')}`,
      }),
    );
  });

  test("the merchant's description shows without running its script", async ({ page }) => {
    await openLamp(page);
    const description = page.getByRole('region', { name: 'Description' });
    await expect(description.getByText('Warm, even light for late work.')).toBeVisible();
    await expect(description.getByText('Made to last.')).toBeVisible();
    await expect(description.locator('script, img, [onclick]')).toHaveCount(0);
    await description.getByText('Made to last.').click();
    expect(await page.evaluate(() => 'descriptionScriptRan' in window)).toBe(false);
  });

  test('an unknown product answers 404 with suggestions', async ({ page }) => {
    const response = await page.goto(
      `${storefrontUrl('tech-gadgets')}/products/aurora-wireless-earbudz`,
    );
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { level: 1, name: "We couldn't find that product" }),
    ).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search the store' })).toHaveValue(
      'aurora wireless earbudz',
    );
    const suggestions = page.getByRole('region', { name: 'Were you looking for one of these?' });
    await expect(suggestions.getByRole('link', { name: 'Aurora Wireless Earbuds' })).toBeVisible();
  });

  test('a product that is not for sale is a 404 too', async ({ page }) => {
    await withE2eDatabase((db) =>
      db.product.update({ where: { id: lamp.productId }, data: { status: 'draft' } }),
    );
    try {
      const response = await page.goto(`${store}${productPath()}`);
      expect(response?.status()).toBe(404);
      await expect(
        page.getByRole('heading', { level: 1, name: "We couldn't find that product" }),
      ).toBeVisible();
    } finally {
      await withE2eDatabase((db) =>
        db.product.update({ where: { id: lamp.productId }, data: { status: 'active' } }),
      );
    }
  });
});
