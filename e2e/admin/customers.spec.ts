import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createShopper, createShopperOrder, withE2eDatabase } from '@storeloom/devkit/e2e-data';

import { signInAs } from '../fixtures/sign-in';
import { urls } from '../fixtures/urls';

/** A customer of the demo store with one order, under a name no other row has. */
function createCustomerWithOrder(storeSlug = 'demo-store') {
  return withE2eDatabase(async (db) => {
    const shopper = await createShopper(db, {
      storeSlug,
      firstName: `Wren${randomUUID().slice(0, 8)}`,
      password: 'not-used-here',
    });
    const order = await createShopperOrder(db, {
      storeSlug,
      customerId: shopper.customerId,
      stage: 'processing',
    });
    return { ...shopper, order };
  });
}

function customerState(customerId: string) {
  return withE2eDatabase((db) =>
    db.customer.findUniqueOrThrow({
      where: { id: customerId },
      select: { note: true, tags: true },
    }),
  );
}

test.describe('admin customers', () => {
  test('an owner finds a customer, sees their orders and value, and keeps a note and tags', async ({
    page,
  }) => {
    const customer = await createCustomerWithOrder();
    const name = `${customer.firstName} Tester`;
    await signInAs(page, 'Demo Store Owner');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Customers' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    const search = page.getByRole('search', { name: 'Search customers' });
    await search.getByRole('searchbox').fill(customer.firstName);
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${customer.firstName}`));
    const row = page.getByRole('row', { name: new RegExp(customer.firstName) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(customer.email);
    await expect(row.getByRole('cell').nth(1)).toHaveText('1');

    // The sort tabs keep the search.
    await page.getByRole('link', { name: 'Top spenders' }).click();
    await expect(page).toHaveURL(/sort=lifetime_value/);
    await expect(page).toHaveURL(new RegExp(`q=${customer.firstName}`));

    await row.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const orders = page.getByRole('region', { name: 'Recent orders' });
    await expect(
      orders.getByRole('link', { name: `#${String(customer.order.number)}` }),
    ).toBeVisible();
    await expect(page.getByText('Lifetime value')).toBeVisible();

    // Bad input: a tag longer than 40 characters is refused beside the field; nothing is saved.
    const form = page.getByRole('form', { name: 'Note and tags' });
    await form.getByLabel('Note').fill('Prefers delivery after 5pm.');
    await form.getByLabel('Tags').fill(`vip, ${'x'.repeat(41)}`);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('A tag has at most 40 characters')).toBeVisible();
    expect(await customerState(customer.customerId)).toEqual({ note: null, tags: [] });

    await form.getByLabel('Tags').fill('vip, wholesale, vip');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Note and tags saved.')).toBeVisible();
    expect(await customerState(customer.customerId)).toEqual({
      note: 'Prefers delivery after 5pm.',
      tags: ['vip', 'wholesale'],
    });
    await page.reload();
    await expect(form.getByLabel('Note')).toHaveValue('Prefers delivery after 5pm.');
    await expect(form.getByLabel('Tags')).toHaveValue('vip, wholesale');
  });

  test('a viewer reads a customer but cannot edit the note', async ({ page }) => {
    const customer = await createCustomerWithOrder();
    await signInAs(page, 'Demo Store Viewer');
    await page.goto(`${urls.admin}/customers/${customer.customerId}`);
    await expect(
      page.getByRole('heading', { level: 1, name: `${customer.firstName} Tester` }),
    ).toBeVisible();
    const card = page.getByRole('region', { name: 'Note and tags' });
    await expect(card.getByText('No note.')).toBeVisible();
    await expect(card.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await expect(card.getByRole('textbox')).toHaveCount(0);
  });

  test('another store’s customer is not found', async ({ page }) => {
    const other = await createCustomerWithOrder('tech-gadgets');
    await signInAs(page, 'Demo Store Owner');
    await page.goto(`${urls.admin}/customers/${other.customerId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.goto(`${urls.admin}/customers/not-an-id`);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});
