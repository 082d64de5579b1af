import { expect, test, type Locator, type Page } from '@playwright/test';

import { storefrontUrl } from '../fixtures/urls';

// Two seeded stores with disjoint catalogues: each home page must show only its own. Their home
// pages come from the builder (e2e/storefront/pages.spec.ts covers the blocks themselves).
const stores = [
  { slug: 'tech-gadgets', name: 'Tech Gadgets', other: 'Outdoor Adventure' },
  { slug: 'outdoor-adventure', name: 'Outdoor Adventure', other: 'Tech Gadgets' },
] as const;

/** The home page's "New arrivals" grid; the list it continues on (`/?cursor=`) is `#products`. */
function productGrid(page: Page) {
  return page.getByRole('region', { name: 'New arrivals', exact: true });
}

/** Names of the products in a list, as their card links read. */
async function productNames(list: Locator): Promise<string[]> {
  return list.locator('a[href^="/products/"]').allInnerTexts();
}

test.describe('storefront home', () => {
  for (const store of stores) {
    test(`${store.slug} shows its own name and products`, async ({ page }) => {
      const response = await page.goto(storefrontUrl(store.slug));
      expect(response?.status()).toBe(200);

      await expect(page).toHaveTitle(store.name);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('banner').getByText(store.name).first()).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Categories' })).toBeVisible();
      await expect(page.getByText(store.other)).toHaveCount(0);

      const names = await productNames(productGrid(page));
      expect(names.length).toBeGreaterThanOrEqual(8);
    });
  }

  test('the two stores share no products', async ({ page }) => {
    const [first, second] = stores;
    await page.goto(storefrontUrl(first.slug));
    const firstNames = new Set(await productNames(productGrid(page)));
    await page.goto(storefrontUrl(second.slug));
    const secondNames = await productNames(productGrid(page));
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

  test('the new arrivals continue a page at a time with the cursor in the URL', async ({
    page,
  }) => {
    await page.goto(storefrontUrl('outdoor-adventure'));
    const firstPage = new Set(await productNames(productGrid(page)));
    await page.getByRole('link', { name: 'More new arrivals' }).click();
    // Polled rather than awaited as one navigation: `next dev` may compile the page first.
    await expect(page).toHaveURL(/\?cursor=[a-z0-9]+$/, { timeout: 30_000 });
    await expect(page.getByRole('heading', { name: 'More new arrivals' })).toBeVisible();
    const secondPage = await productNames(page.locator('#products'));
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((name) => firstPage.has(name))).toEqual([]);

    // The continuation pages on with "Load more", still without repeats.
    const secondUrl = page.url();
    await page.getByRole('link', { name: 'Load more' }).click();
    await expect(page).not.toHaveURL(secondUrl, { timeout: 30_000 });
    await expect(page.getByRole('heading', { name: 'More new arrivals' })).toBeVisible();
    const thirdPage = await productNames(page.locator('#products'));
    expect(thirdPage.length).toBeGreaterThan(0);
    expect(thirdPage.filter((name) => firstPage.has(name) || secondPage.includes(name))).toEqual(
      [],
    );
  });

  test('an unknown host gets the store-not-found page with a 404', async ({ page }) => {
    const response = await page.goto(storefrontUrl('no-such-store'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Store not found' })).toBeVisible();
    await expect(page.getByText('no-such-store.localhost')).toBeVisible();
  });
});
