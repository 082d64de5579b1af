import { expect, test, type Page } from '@playwright/test';

import { urls } from '../fixtures/urls';

const store = { name: 'Fashion Boutique', url: urls.fashionBoutique };

async function signInAsOperator(page: Page) {
  await page.goto(`${urls.platform}/sign-in`);
  await page.getByRole('button', { name: /Sign in as Platform Operator/ }).click();
  await page.waitForURL(`${urls.platform}/tenants`);
}

/**
 * Loads the storefront in the browser (only Chromium resolves `*.localhost`). The storefront caches
 * host lookups for a few seconds, so a status change shows shortly after.
 */
async function expectStorefrontStatus(shopper: Page, status: number) {
  await expect
    .poll(async () => (await shopper.goto(store.url))?.status(), { timeout: 20_000 })
    .toBe(status);
}

test('an operator suspends a store: its storefront answers 503 until it is resumed', async ({
  page,
  context,
}) => {
  const shopper = await context.newPage();
  await signInAsOperator(page);
  await expectStorefrontStatus(shopper, 200);

  await page.getByRole('button', { name: `Suspend ${store.name}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('Chargeback review');
  await dialog.getByRole('button', { name: 'Suspend store' }).click();
  await expect(page.getByRole('button', { name: `Resume ${store.name}` })).toBeVisible();

  try {
    await expectStorefrontStatus(shopper, 503);
    await expect(shopper.getByText(/temporarily unavailable/i).first()).toBeVisible();
  } finally {
    // Leave the shared demo data as the other specs expect it.
    await page.getByRole('button', { name: `Resume ${store.name}` }).click();
    await expect(page.getByRole('button', { name: `Suspend ${store.name}` })).toBeVisible();
  }
  await expectStorefrontStatus(shopper, 200);
});
