import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousAxeViolations } from '../fixtures/axe';
import { addLineToCart, productSlugsOnPage } from '../fixtures/cart-line';
import { storefrontUrl } from '../fixtures/urls';

// Two stores with different themes (colours, fonts, corners), so contrast is checked against
// more than one palette. Each test has its own browser context, hence its own cart.
const stores = ['tech-gadgets', 'fashion-boutique'] as const;

async function firstCategoryHref(page: Page): Promise<string> {
  const href = await page
    .getByRole('navigation', { name: 'Categories' })
    .locator('a[href^="/categories/"]')
    .first()
    .getAttribute('href');
  if (href === null) throw new Error('The header lists no category');
  return href;
}

/** Home, then the first product it lists; the product's page is where the shopper goes next. */
async function openHome(page: Page, slug: string): Promise<string[]> {
  const response = await page.goto(storefrontUrl(slug));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('main')).toBeVisible();
  const products = await productSlugsOnPage(page);
  expect(products.length).toBeGreaterThan(0);
  return products;
}

test.describe('storefront accessibility (axe)', () => {
  // Each test visits up to three pages and runs axe on each (a few seconds per page).
  test.describe.configure({ timeout: 120_000 });

  for (const slug of stores) {
    test(`${slug}: home, category and product pages`, async ({ page }) => {
      const products = await openHome(page, slug);
      await expectNoSeriousAxeViolations(page, `${slug} home`);

      const category = await firstCategoryHref(page);
      await page.goto(`${storefrontUrl(slug)}${category}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousAxeViolations(page, `${slug} category ${category}`);

      await page.goto(`${storefrontUrl(slug)}/products/${products[0] ?? ''}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousAxeViolations(page, `${slug} product`);
    });

    test(`${slug}: cart and checkout with a line`, async ({ page }) => {
      const products = await openHome(page, slug);
      await addLineToCart(page, products);

      await page.goto(`${storefrontUrl(slug)}/cart`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousAxeViolations(page, `${slug} cart`);

      await page.goto(`${storefrontUrl(slug)}/checkout`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousAxeViolations(page, `${slug} checkout`);
    });
  }

  test('a store that follows the device, in dark mode', async ({ page }) => {
    // tech-gadgets' theme is `auto` (packages/db/src/seed/stores/tech-gadgets.ts).
    await page.emulateMedia({ colorScheme: 'dark' });
    const products = await openHome(page, 'tech-gadgets');
    await expectNoSeriousAxeViolations(page, 'tech-gadgets home, dark');
    await page.goto(`${storefrontUrl('tech-gadgets')}/products/${products[0] ?? ''}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'tech-gadgets product, dark');
  });
});
