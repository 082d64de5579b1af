import { expect, test, type Page } from '@playwright/test';

import { storefrontUrl } from '../fixtures/urls';

// Two seeded stores with disjoint catalogues: each home page must show only its own.
const stores = [
  { slug: 'tech-gadgets', name: 'Tech Gadgets', other: 'Outdoor Adventure' },
  { slug: 'outdoor-adventure', name: 'Outdoor Adventure', other: 'Tech Gadgets' },
] as const;

function productGrid(page: Page) {
  return page.locator('#products');
}

/** Names of the products on the page, as their card links read. */
async function productNames(page: Page): Promise<string[]> {
  return productGrid(page).locator('a[href^="/products/"]').allInnerTexts();
}

test.describe('storefront home', () => {
  for (const store of stores) {
    test(`${store.slug} shows its own name and products`, async ({ page }) => {
      const response = await page.goto(storefrontUrl(store.slug));
      expect(response?.status()).toBe(200);

      await expect(page).toHaveTitle(store.name);
      await expect(page.getByRole('heading', { level: 1, name: store.name })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Categories' })).toBeVisible();
      await expect(page.getByText(store.other)).toHaveCount(0);

      const names = await productNames(page);
      expect(names.length).toBeGreaterThanOrEqual(12);
    });
  }

  test('the two stores share no products', async ({ page }) => {
    const [first, second] = stores;
    await page.goto(storefrontUrl(first.slug));
    const firstNames = new Set(await productNames(page));
    await page.goto(storefrontUrl(second.slug));
    const secondNames = await productNames(page);
    expect(secondNames.filter((name) => firstNames.has(name))).toEqual([]);
  });

  test("product images load from the store's own media", async ({ page }) => {
    await page.goto(storefrontUrl('tech-gadgets'));
    const image = productGrid(page).locator('img').first();
    await expect(image).toHaveAttribute('src', /^\/media\/tech-gadgets\//);
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
      .toBeGreaterThan(0);
  });

  test('"Load more" continues the list with the cursor in the URL', async ({ page }) => {
    await page.goto(storefrontUrl('outdoor-adventure'));
    const firstPage = new Set(await productNames(page));
    await page.getByRole('link', { name: 'Load more' }).click();
    await expect(page).toHaveURL(/\?cursor=[a-z0-9]+$/);
    await expect(page.getByRole('heading', { name: 'More new arrivals' })).toBeVisible();
    const nextPage = await productNames(page);
    expect(nextPage.length).toBeGreaterThan(0);
    expect(nextPage.filter((name) => firstPage.has(name))).toEqual([]);
  });

  test('an unknown host gets the store-not-found page with a 404', async ({ page }) => {
    const response = await page.goto(storefrontUrl('no-such-store'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Store not found' })).toBeVisible();
    await expect(page.getByText('no-such-store.localhost')).toBeVisible();
  });
});
