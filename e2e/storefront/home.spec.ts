import { expect, test, type Locator, type Page } from '@playwright/test';

import { e2ePorts, storefrontUrl } from '../fixtures/urls';

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

  test("product images load from the store's own media, resized for their slot", async ({
    page,
  }) => {
    await page.goto(storefrontUrl('tech-gadgets'));
    const image = productGrid(page).locator('img').first();
    await expect(image).toHaveAttribute('src', /^\/media\/tech-gadgets\/[^?]+\?w=\d+$/);
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
      .toBeGreaterThan(0);
    const { natural, served } = await image.evaluate((element: HTMLImageElement) => ({
      natural: element.naturalWidth,
      served: Number(new URL(element.currentSrc).searchParams.get('w')),
    }));
    // The seeded originals are 600 px wide; a card on this viewport needs fewer.
    expect(served).toBeLessThan(600);
    expect(natural).toBeLessThanOrEqual(served);
  });

  test("a store's media is not served on another store's host, at any width", async ({
    page,
    request,
  }) => {
    await page.goto(storefrontUrl('tech-gadgets'));
    const src = await productGrid(page).locator('img').first().getAttribute('src');
    const path = src?.split('?')[0] ?? '';
    expect(path).toMatch(/^\/media\/tech-gadgets\//);
    // Node does not resolve *.localhost: ask the loopback address and name the store in Host.
    const port = String(e2ePorts.storefront);
    const get = (storeSlug: string, query: string) =>
      request.get(`http://127.0.0.1:${port}${path}${query}`, {
        headers: { host: `${storeSlug}.localhost:${port}` },
      });

    const own = await get('tech-gadgets', '?w=256');
    expect(own.status()).toBe(200);
    expect(own.headers()['content-type']).toBe('image/webp');
    expect((await get('outdoor-adventure', '?w=256')).status()).toBe(404);
    expect((await get('outdoor-adventure', '')).status()).toBe(404);
    // Only the widths next/image asks for: nobody can make the server resize at will.
    expect((await get('tech-gadgets', '?w=300')).status()).toBe(404);
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
