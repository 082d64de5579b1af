import { expect, test, type Page } from '@playwright/test';

import { urls } from '../fixtures/urls';

const demoStores = ['Demo Store', 'Tech Gadgets', 'Outdoor Adventure', 'Fashion Boutique'];

async function signInAs(page: Page, accountName: string) {
  await page.goto(`${urls.platform}/sign-in`);
  await page.getByRole('button', { name: new RegExp(`Sign in as ${accountName}`) }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

test.describe('platform tenants', () => {
  test('an operator sees the demo stores and can search them', async ({ page }) => {
    await signInAs(page, 'Platform Operator');
    await expect(page).toHaveURL(`${urls.platform}/tenants`);
    await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible();

    const table = page.getByRole('table');
    for (const name of demoStores) {
      await expect(table.getByText(name, { exact: true })).toBeVisible();
    }

    // The search is debounced and kept in the URL.
    await page.getByRole('searchbox', { name: 'Search stores by name or slug' }).fill('gadg');
    await expect(page).toHaveURL(`${urls.platform}/tenants?search=gadg`);
    await expect(table.getByText('Tech Gadgets', { exact: true })).toBeVisible();
    await expect(table.getByText('Demo Store', { exact: true })).toHaveCount(0);
  });

  test('a store owner is refused', async ({ page }) => {
    await signInAs(page, 'Demo Store Owner');
    await expect(page.getByRole('heading', { level: 1, name: 'Operators only' })).toBeVisible();

    const response = await page.goto(`${urls.platform}/tenants`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});
