import { expect, test } from '@playwright/test';

import { urls } from '../fixtures/urls';

test('a store owner sees the home page in the page list', async ({ page }) => {
  await page.goto(urls.builder);
  await expect(page).toHaveURL(`${urls.builder}/sign-in?next=%2F`);

  await page.getByRole('button', { name: /Sign in as Demo Store Owner/ }).click();
  await expect(page).toHaveURL(`${urls.builder}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pages' })).toBeVisible();

  const home = page.getByRole('row').filter({ hasText: 'Home page' });
  await expect(home).toHaveCount(1);
  await expect(home.getByText('Home', { exact: true })).toBeVisible();
  await expect(home.getByText('Published')).toBeVisible();
});
