import { expect, test, type Page, type Request } from '@playwright/test';

import { storefrontUrl } from '../fixtures/urls';

// What a catalogue page costs a phone before the shopper does anything (docs/performance.md,
// "Storefront JavaScript"): no API client, no query cache, no prefetching of every link in view.

const isRouteFetch = (request: Request) => new URL(request.url()).searchParams.has('_rsc');
const isApiCall = (request: Request) => new URL(request.url()).pathname.startsWith('/api/trpc');

/** Every request the page makes from now on. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

test.describe('storefront page weight', () => {
  test('a category page loads without prefetching its links or calling the API', async ({
    page,
  }) => {
    const requests = recordRequests(page);
    await page.goto(`${storefrontUrl('tech-gadgets')}/categories/audio`);
    await page.waitForLoadState('networkidle');

    expect(requests.filter(isRouteFetch).map((request) => request.url())).toEqual([]);
    expect(requests.filter(isApiCall).map((request) => request.url())).toEqual([]);
  });

  test('a link is prefetched when the pointer reaches it', async ({ page }) => {
    await page.goto(`${storefrontUrl('tech-gadgets')}/categories/audio`);
    await page.waitForLoadState('networkidle');
    const card = page.locator('main a[href^="/products/"]').first();
    const href = await card.getAttribute('href');
    if (href === null) throw new Error('the category shows no product');

    const prefetch = page.waitForRequest(
      (request) => isRouteFetch(request) && new URL(request.url()).pathname === href,
    );
    await card.hover();
    await prefetch;
  });

  test('search suggestions load the API client when first asked for', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(storefrontUrl('tech-gadgets'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isApiCall)).toEqual([]);

    const search = page
      .getByRole('combobox', { name: 'Search products' })
      .filter({ visible: true });
    const suggest = page.waitForResponse((response) => isApiCall(response.request()));
    await search.fill('earbuds');
    expect((await suggest).ok()).toBe(true);
    await expect(
      page.getByRole('group', { name: 'Products' }).getByRole('option').first(),
    ).toBeVisible();
    const calls = requests.filter(isApiCall).map((request) => new URL(request.url()).pathname);
    expect(calls).toEqual(['/api/trpc/storefront.catalog.suggest']);
  });
});
