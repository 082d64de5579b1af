import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createShopper, createShopperOrder, withE2eDatabase } from '@storeloom/devkit/e2e-data';

import { signInAs } from '../fixtures/sign-in';
import { urls } from '../fixtures/urls';

/** A shopper with a name no other row has, and one order, so the search finds exactly them. */
function createNamedOrder() {
  return withE2eDatabase(async (db) => {
    const shopper = await createShopper(db, {
      storeSlug: 'demo-store',
      firstName: `Quill${randomUUID().slice(0, 8)}`,
      password: 'not-used-here',
    });
    const order = await createShopperOrder(db, {
      storeSlug: 'demo-store',
      customerId: shopper.customerId,
      stage: 'processing',
    });
    return { ...order, firstName: shopper.firstName, email: shopper.email };
  });
}

test.describe('admin command search', () => {
  test('Ctrl+K finds an order and its customer, and the keyboard opens the order', async ({
    page,
  }) => {
    const order = await createNamedOrder();
    await signInAs(page, 'Demo Store Owner');

    // Enabled once hydrated: from then on the shortcut is listened for.
    await expect(page.getByRole('button', { name: 'Search…' })).toBeEnabled();
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog', { name: 'Search the store' });
    const field = dialog.getByRole('combobox', { name: 'Search orders, products and customers' });
    await expect(field).toBeFocused();
    await expect(dialog.getByText(/An order number, an email/)).toBeVisible();

    await field.fill(order.firstName);
    const orders = dialog.getByRole('group', { name: 'Orders' });
    const customers = dialog.getByRole('group', { name: 'Customers' });
    await expect(orders.getByRole('option', { name: `#${String(order.number)}` })).toBeVisible();
    await expect(
      customers.getByRole('option', { name: new RegExp(order.firstName) }),
    ).toBeVisible();
    await expect(dialog.getByRole('group', { name: 'Products' })).toHaveCount(0);

    // The first option is highlighted; Down moves to the customer and Up comes back.
    await expect(orders.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await field.press('ArrowDown');
    await expect(customers.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await field.press('ArrowUp');
    await field.press('Enter');
    await expect(page).toHaveURL(`${urls.admin}/orders/${order.orderId}`);
    await expect(dialog).toHaveCount(0);
    await expect(
      page.getByRole('heading', { name: `Order #${String(order.number)}` }),
    ).toBeVisible();
  });

  test('the button opens it, products are found, a miss says so and Escape closes it', async ({
    page,
  }) => {
    await signInAs(page, 'Demo Store Viewer');
    await page.getByRole('button', { name: 'Search…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the store' });
    const field = dialog.getByRole('combobox');

    await field.fill('skillet');
    const products = dialog.getByRole('group', { name: 'Products' });
    await expect(products.getByRole('option', { name: /Cast Iron Skillet/ })).toBeVisible();

    await field.fill(`nothing-${randomUUID().slice(0, 8)}`);
    await expect(dialog.getByRole('status')).toContainText(
      'No orders, products or customers match',
    );

    // Markup typed into the field is only ever text.
    await field.fill('<img src=x onerror=alert(1)>');
    await expect(dialog.getByRole('status')).toContainText('<img src=x onerror=alert(1)>');

    await field.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Search…' })).toBeVisible();
  });
});
