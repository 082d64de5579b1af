import { expect, test, type Page } from '@playwright/test';

import { urls } from '../fixtures/urls';

const signInUrl = `${urls.admin}/sign-in`;

/** The shared demo password, as the sign-in page shows it next to the demo accounts. */
async function demoPassword(page: Page): Promise<string> {
  const password = await page.locator('code').first().textContent();
  expect(password).toBeTruthy();
  return password ?? '';
}

test.describe('admin sign-in', () => {
  test('lists the demo accounts', async ({ page }) => {
    await page.goto(signInUrl);
    const accounts = page.getByRole('list', { name: 'Demo accounts' });
    await expect(accounts).toBeVisible();
    for (const name of ['Tech Gadgets Owner', 'Demo Store Viewer', 'Multi-store Admin']) {
      await expect(accounts.getByRole('button', { name: new RegExp(name) })).toBeVisible();
    }
  });

  test('a store owner lands on the overview of their store', async ({ page }) => {
    // Signed out, the dashboard sends you to sign in and remembers where you were going.
    await page.goto(urls.admin);
    await expect(page).toHaveURL(`${signInUrl}?next=%2F`);

    await page.getByLabel('Email').fill('owner@tech-gadgets.test');
    await page.getByLabel('Password').fill(await demoPassword(page));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await expect(page).toHaveURL(`${urls.admin}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Tech Gadgets' })).toBeVisible();
    const figures = page.getByRole('region', { name: 'Key figures' });
    await expect(figures.getByText(/^\$[\d,]+\.\d{2}$/).first()).toBeVisible();
    await expect(figures.getByText(/^\d[\d,]*$/).first()).toBeVisible();
    // The seed places orders in the last days, so the table is not empty.
    const orders = page.getByRole('table');
    await expect(orders.getByRole('row').nth(1)).toBeVisible();
    await expect(orders.getByText(/^#\d+$/).first()).toBeVisible();
  });

  test('a wrong password is refused with a clear message', async ({ page }) => {
    await page.goto(signInUrl);
    await page.getByLabel('Email').fill('staff@tech-gadgets.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    // Scoped to the form: Next's route announcer is an (empty) alert too.
    const form = page.getByRole('form', { name: 'Sign in' });
    await expect(form.getByRole('alert')).toHaveText('Email or password is incorrect');
    await expect(page).toHaveURL(signInUrl);
  });

  test('a tampered session cookie sends you back to sign in', async ({ page, context }) => {
    await page.goto(signInUrl);
    await page.getByRole('button', { name: /Demo Store Owner/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Demo Store' })).toBeVisible();

    const cookies = await context.cookies(urls.admin);
    const session = cookies.find((cookie) => cookie.name === 'storeloom_session');
    expect(session).toBeDefined();
    if (session === undefined) return;
    // Change the payload: the cookie is still there, so only the signature check can catch it.
    const [header, payload, signature] = session.value.split('.');
    const forged = `${header ?? ''}.${(payload ?? '').slice(0, -2)}AA.${signature ?? ''}`;
    await context.addCookies([{ ...session, value: forged }]);

    await page.goto(`${urls.admin}/team`);
    await expect(page).toHaveURL(`${signInUrl}?next=%2Fteam`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sign in to your store' }),
    ).toBeVisible();
  });
});
