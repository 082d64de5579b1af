import { expect, test, type Locator, type Page } from '@playwright/test';
import { storeIdOf, withE2eDatabase } from '@storeloom/devkit/e2e-data';

import { expectNoSeriousAxeViolations } from '../fixtures/axe';
import { storefrontUrl } from '../fixtures/urls';

// Two seeded stores with different catalogues, currencies and locales. Nothing here writes:
// every expectation is read from the seed or from the page itself.
const stores = [
  {
    slug: 'tech-gadgets',
    category: { slug: 'peripherals', trail: ['Home', 'Computing', 'Peripherals'] },
    subcategories: ['Keyboards', 'Mice'],
    typo: { query: 'Lumen Mechanicl Keyboard', product: 'Lumen Mechanical Keyboard' },
    suggestion: { typed: 'wireles', product: 'Aurora Wireless Earbuds' },
  },
  {
    slug: 'outdoor-adventure',
    category: { slug: 'jackets', trail: ['Home', 'Clothing', 'Jackets'] },
    subcategories: ['Rainwear', 'Insulation'],
    typo: { query: 'Trailbeam 400 Hedlamp', product: 'Trailbeam 400 Headlamp' },
    suggestion: { typed: 'stormshel', product: 'Stormshell Rain Jacket' },
  },
] as const;

/**
 * For what follows a navigation: the URL changes as soon as the page starts streaming, and a
 * busy `next dev` can take a while to finish it.
 */
const afterNavigation = { timeout: 30_000 };

function results(page: Page) {
  return page.getByRole('region', { name: 'Products' });
}

/** Names of the products listed, as their card links read. */
async function productNames(page: Page): Promise<string[]> {
  return results(page).locator('a[href^="/products/"]').allInnerTexts();
}

/** The result count line, e.g. "12 products" → 12. */
async function resultCount(page: Page): Promise<number> {
  const text = await results(page)
    .getByText(/^\d+ products?/)
    .first()
    .innerText();
  return Number(/^(\d+)/.exec(text)?.[1]);
}

/** Titles of the store's active products in a category or any category below it. */
function categoryProductTitles(storeSlug: string, categorySlug: string): Promise<string[]> {
  return withE2eDatabase(async (db) => {
    const tenantId = await storeIdOf(db, storeSlug);
    const category = await db.category.findFirstOrThrow({
      where: { tenantId, slug: categorySlug },
      select: { path: true },
    });
    const products = await db.product.findMany({
      where: {
        tenantId,
        status: 'active',
        categories: { some: { category: { path: { startsWith: category.path } } } },
      },
      select: { title: true },
    });
    return products.map((product) => product.title);
  });
}

/** The number a facet checkbox's name ends with: "Black (4 products)" → 4. */
async function facetCount(page: Page, checkbox: Locator): Promise<number> {
  const id = await checkbox.getAttribute('id');
  const label = await page.locator(`label[for="${id ?? ''}"]`).innerText();
  return Number(/(\d+) products?/.exec(label)?.[1]);
}

/**
 * Waits until the page has hydrated: the "Sort" button exists only for browsers without
 * JavaScript and goes once the page is interactive (the sort select then applies by itself).
 */
async function openCatalogPage(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel('Sort by')).toBeVisible(afterNavigation);
  await expect(page.getByRole('button', { name: 'Sort', exact: true })).toHaveCount(
    0,
    afterNavigation,
  );
}

function searchBox(page: Page) {
  return page.getByRole('combobox', { name: 'Search products' });
}

test.describe('storefront catalogue', () => {
  for (const store of stores) {
    test(`${store.slug}: a category page has breadcrumbs, subcategories and its own products`, async ({
      page,
    }) => {
      const response = await page.goto(
        `${storefrontUrl(store.slug)}/categories/${store.category.slug}`,
      );
      expect(response?.status()).toBe(200);
      const name = store.category.trail.at(-1) ?? '';
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible(afterNavigation);

      const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
      await expect(breadcrumb.getByRole('link')).toHaveText([...store.category.trail]);
      await expect(breadcrumb.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
      const jsonLd = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}',
      ) as { '@type': string; itemListElement: { name: string; item: string }[] };
      expect(jsonLd['@type']).toBe('BreadcrumbList');
      expect(jsonLd.itemListElement.map((item) => item.name)).toEqual([...store.category.trail]);
      expect(jsonLd.itemListElement.at(-1)?.item).toMatch(
        new RegExp(`/categories/${store.category.slug}$`),
      );

      const subcategories = page.getByRole('navigation', { name: `${name} subcategories` });
      await expect(subcategories.getByRole('link')).toHaveText(
        store.subcategories.map((subcategory) => new RegExp(`^${subcategory}`)),
      );

      const expected = await categoryProductTitles(store.slug, store.category.slug);
      expect((await productNames(page)).sort()).toEqual(expected.sort());
      expect(await resultCount(page)).toBe(expected.length);

      await expectNoSeriousAxeViolations(page, `${store.slug} category`);
    });

    test(`${store.slug}: a misspelt product name still finds the product`, async ({ page }) => {
      await openCatalogPage(page, `${storefrontUrl(store.slug)}/search`);
      await searchBox(page).fill(store.typo.query);
      await searchBox(page).press('Enter');

      await page.waitForURL(/\/search\?q=/);
      await expect(page).toHaveTitle(new RegExp(`^Search: ${store.typo.query}`), afterNavigation);
      await expect(results(page).locator('a[href^="/products/"]').first()).toHaveText(
        store.typo.product,
        afterNavigation,
      );
      await expect(searchBox(page)).toHaveValue(store.typo.query);
    });

    test(`${store.slug}: suggestions appear while typing and the keyboard picks one`, async ({
      page,
    }) => {
      await openCatalogPage(page, `${storefrontUrl(store.slug)}/search`);
      await searchBox(page).pressSequentially(store.suggestion.typed);

      const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
      const option = listbox.getByRole('option', { name: new RegExp(store.suggestion.product) });
      // The first suggestion request may have to wait for a busy server.
      await expect(option).toBeVisible(afterNavigation);
      await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
      await expect(
        listbox.getByRole('option', { name: `Search for “${store.suggestion.typed}”` }),
      ).toBeVisible();
      await expectNoSeriousAxeViolations(page, `${store.slug} suggestions`);

      // Walk down to the product with the arrow keys; the box points at it, focus stays put.
      const options = await listbox.getByRole('option').allInnerTexts();
      const index = options.findIndex((text) => text.includes(store.suggestion.product));
      for (let step = 0; step <= index; step += 1) await searchBox(page).press('ArrowDown');
      await expect(option).toHaveAttribute('aria-selected', 'true');
      const active = await searchBox(page).getAttribute('aria-activedescendant');
      expect(active).toBe(await option.getAttribute('id'));

      await searchBox(page).press('Enter');
      await page.waitForURL(/\/products\//);
      await expect(
        page.getByRole('heading', { level: 1, name: store.suggestion.product }),
      ).toBeVisible(afterNavigation);
    });
  }

  test('Escape closes the suggestions, and Enter without a choice searches', async ({ page }) => {
    await openCatalogPage(page, `${storefrontUrl('tech-gadgets')}/search`);
    await searchBox(page).pressSequentially('keyb');
    await expect(page.getByRole('listbox', { name: 'Search suggestions' })).toBeVisible();
    await searchBox(page).press('Escape');
    await expect(page.getByRole('listbox', { name: 'Search suggestions' })).toBeHidden();
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
    await searchBox(page).press('Enter');
    await page.waitForURL(/\/search\?q=keyb$/);
    await expect(page.getByRole('heading', { level: 1, name: '“keyb”' })).toBeVisible(
      afterNavigation,
    );
  });

  test('filtering by an option and stock updates the URL, results and counts', async ({ page }) => {
    // Several navigations in a row.
    test.slow();
    await openCatalogPage(page, `${storefrontUrl('tech-gadgets')}/categories/audio`);
    const black = page.getByRole('checkbox', { name: /^Black \(\d+ products?\)$/ });
    const blackCount = await facetCount(page, black);
    expect(blackCount).toBeGreaterThan(0);

    await black.check();
    await page.waitForURL(/[?&]option\.Colour=Black(&|$)/);
    await expect.poll(() => resultCount(page), afterNavigation).toBe(blackCount);
    await expect(page.getByRole('link', { name: 'Remove filter Colour: Black' })).toBeVisible();

    const inStock = page.getByRole('checkbox', { name: /^In stock only \(\d+ products?\)$/ });
    const inStockCount = await facetCount(page, inStock);
    await inStock.check();
    await page.waitForURL(/inStock=1/);
    await expect(page).toHaveURL(/option\.Colour=Black/);
    await expect.poll(() => resultCount(page), afterNavigation).toBe(inStockCount);
    expect(await productNames(page)).toHaveLength(inStockCount);

    // The URL is the state: back undoes the last filter.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('inStock'));
    await expect(page.getByRole('checkbox', { name: /^In stock only/ })).not.toBeChecked(
      afterNavigation,
    );
    await expect(page.getByRole('checkbox', { name: /^Black/ })).toBeChecked();
    await expect.poll(() => resultCount(page), afterNavigation).toBe(blackCount);
  });

  test('sorting by price lists the lowest first', async ({ page }) => {
    await openCatalogPage(page, `${storefrontUrl('tech-gadgets')}/search`);
    await page.getByLabel('Sort by').selectOption({ label: 'Price: low to high' });
    await page.waitForURL(/sort=price_asc/);
    await expect(page.getByLabel('Sort by')).toHaveValue('price_asc');
    await expect(results(page).getByRole('article').first()).toBeVisible(afterNavigation);

    const priceTexts = await results(page).getByRole('article').locator('p').allInnerTexts();
    const prices = priceTexts.map((text) =>
      Number(/\$([\d,]+\.\d{2})/.exec(text)?.[1]?.replace(/,/g, '')),
    );
    expect(prices.length).toBeGreaterThan(1);
    expect(prices.every((price) => Number.isFinite(price))).toBe(true);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  test('pages keep the filters and sort in the URL, forward and back', async ({ page }) => {
    // Several navigations in a row.
    test.slow();
    await openCatalogPage(page, `${storefrontUrl('tech-gadgets')}/search?inStock=1&sort=price_asc`);
    const total = await resultCount(page);
    expect(total, 'needs more in-stock products than fit on one page').toBeGreaterThan(24);
    const firstPage = await productNames(page);
    await expect(page.getByText('Page 1 of 2')).toBeVisible();

    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/[?&]cursor=/);
    await expect(page).toHaveURL(/inStock=1/);
    await expect(page).toHaveURL(/sort=price_asc/);
    await expect(page.getByText('Page 2 of 2')).toBeVisible(afterNavigation);
    const secondPage = await productNames(page);
    expect(secondPage.length).toBe(total - firstPage.length);
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
    await expect(page.getByRole('checkbox', { name: /^In stock only/ })).toBeChecked();

    await page.getByRole('link', { name: 'Previous page' }).click();
    await page.waitForURL((url) => !url.searchParams.has('cursor'));
    await expect(page).toHaveURL(/inStock=1/);
    await expect(page.getByText('Page 1 of 2')).toBeVisible(afterNavigation);
    expect(await productNames(page)).toEqual(firstPage);
  });

  test('a search without results helps the shopper on', async ({ page }) => {
    await page.goto(`${storefrontUrl('outdoor-adventure')}/search?q=qwxzyvk`);
    await expect(page.getByRole('heading', { name: 'No results for “qwxzyvk”' })).toBeVisible();
    await expect(page.getByText(/Check the spelling/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Browse all products' })).toHaveAttribute(
      'href',
      '/search',
    );
    const categories = page.getByRole('navigation', { name: 'Shop by category' });
    await expect(categories.getByRole('link', { name: 'Climbing' })).toBeVisible();
  });

  test('a script in the search is shown as text and never runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const attack = '<script>alert(1)</script>';
    await page.goto(`${storefrontUrl('tech-gadgets')}/search?q=${encodeURIComponent(attack)}`);
    await expect(page.getByRole('heading', { level: 1, name: `“${attack}”` })).toBeVisible();
    await expect(searchBox(page)).toHaveValue(attack);

    await expect(page.getByRole('button', { name: 'Sort', exact: true })).toHaveCount(0);
    await searchBox(page).fill('<img src=x onerror=alert(2)>');
    await expect(page.getByRole('listbox', { name: 'Search suggestions' })).toBeVisible();
    await searchBox(page).press('Enter');
    await expect(
      page.getByRole('heading', { name: 'No results for “<img src=x onerror=alert(2)>”' }),
    ).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test('bad URL parameters get a note in the page, not an error', async ({ page }) => {
    const response = await page.goto(
      `${storefrontUrl('tech-gadgets')}/search?minPrice=abc&sort=evil&cursor=garbage%3C%3E&q=${'x'.repeat(250)}`,
    );
    expect(response?.status()).toBe(200);
    const note = page
      .getByRole('status')
      .filter({ hasText: 'Some of your choices could not be used' });
    await expect(note).toContainText('Minimum price ignored: enter a number such as 25 or 19.99.');
    await expect(note).toContainText('That sort order does not exist');
    await expect(note).toContainText('That page link is malformed');
    await expect(note).toContainText('Searches are limited to 200 characters');

    const min = page.getByRole('textbox', { name: 'Min' });
    await expect(min).toHaveValue('abc');
    await expect(min).toHaveAttribute('aria-invalid', 'true');
    await expect(min).toHaveAccessibleDescription(/Enter a number such as 25 or 19\.99/);
  });

  test('an unknown category answers 404 with a way back into the store', async ({ page }) => {
    const response = await page.goto(
      `${storefrontUrl('outdoor-adventure')}/categories/no-such-shelf`,
    );
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Category not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Browse all products' })).toBeVisible();
    await expect(
      page
        .getByRole('navigation', { name: 'Categories' })
        .last()
        .getByRole('link', { name: 'Hiking' }),
    ).toBeVisible();
  });
});
