import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createShopper, createShopperOrder, withE2eDatabase } from '@storeloom/devkit/e2e-data';

import { signInAs } from '../fixtures/sign-in';
import { urls } from '../fixtures/urls';

/**
 * A paid order with nothing shipped, of a shopper of its own, so its row, notes and shipments
 * are this test's alone (the seeded orders stay as other specs read them).
 */
function createProcessingOrder(storeSlug = 'demo-store') {
  return withE2eDatabase(async (db) => {
    const shopper = await createShopper(db, {
      storeSlug,
      firstName: `Orla${randomUUID().slice(0, 6)}`,
      password: 'not-used-here',
    });
    const order = await createShopperOrder(db, {
      storeSlug,
      customerId: shopper.customerId,
      stage: 'processing',
    });
    return { ...order, email: shopper.email, firstName: shopper.firstName };
  });
}

/** What the database holds for the order: the proof that a refused form saved nothing. */
function orderState(orderId: string) {
  return withE2eDatabase(async (db) => {
    const order = await db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        status: true,
        notes: { select: { body: true, visibility: true } },
        shipments: { select: { carrier: true, trackingNumber: true, status: true } },
      },
    });
    return order;
  });
}

test.describe('admin orders', () => {
  test('an owner finds an order, notes it, ships it and downloads its invoice', async ({
    page,
  }) => {
    const order = await createProcessingOrder();
    const number = `#${String(order.number)}`;
    await signInAs(page, 'Demo Store Owner');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Orders' })
      .click();
    await page.waitForURL(`${urls.admin}/orders`);
    await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
    // The seed's 120 orders: a full first page and "Load more".
    await expect(page.getByRole('row')).toHaveCount(26);
    await expect(page.getByRole('button', { name: 'Load more' })).toBeVisible();

    const tabs = page.getByRole('navigation', { name: 'Filter orders by status' });
    await tabs.getByRole('link', { name: 'Processing', exact: true }).click();
    await page.waitForURL(`${urls.admin}/orders?status=processing`);
    await expect(tabs.getByRole('link', { name: 'Processing', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const orderRows = page.getByRole('row').filter({ has: page.getByRole('link') });
    await expect(orderRows.filter({ hasText: number })).toBeVisible();
    await expect(orderRows.filter({ hasNotText: 'Processing' })).toHaveCount(0);

    await tabs.getByRole('link', { name: 'All', exact: true }).click();
    await page.waitForURL(`${urls.admin}/orders`);
    const search = page.getByRole('searchbox', { name: 'Order number, email or customer name' });
    await search.fill(String(order.number));
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(`${urls.admin}/orders?search=${String(order.number)}`);
    // Other orders may match by email; this one is listed once.
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: number, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(order.email)).toBeVisible();
    await expect(row.getByText('Paid', { exact: true })).toBeVisible();
    await expect(row.getByText('Unfulfilled', { exact: true })).toBeVisible();
    await row.getByRole('link', { name: number }).click();

    await page.waitForURL(`${urls.admin}/orders/${order.orderId}`);
    await expect(page.getByRole('heading', { level: 1, name: `Order ${number}` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Items' })).toContainText(order.itemName);
    await expect(page.getByRole('region', { name: 'Customer' })).toContainText(order.email);
    await expect(page.getByRole('region', { name: 'Payments' })).toContainText('Captured');

    // An empty note is refused beside the field, and nothing is saved.
    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expect(notes.getByText('Required')).toBeVisible();
    expect((await orderState(order.orderId)).notes).toEqual([]);

    const noteBody = `Leave it with the neighbour (${randomUUID().slice(0, 8)})`;
    await notes.getByRole('textbox', { name: 'Note', exact: true }).fill(noteBody);
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Internal note added.' }),
    ).toBeVisible();
    await expect(notes.getByText(noteBody)).toBeVisible();
    await expect(notes.getByText('Internal', { exact: true })).toBeVisible();
    expect((await orderState(order.orderId)).notes).toEqual([
      { body: noteBody, visibility: 'internal' },
    ]);

    // A shipment without a tracking number is refused in the dialog, and nothing is saved.
    await page.getByRole('button', { name: 'Create shipment' }).click();
    const dialog = page.getByRole('dialog', { name: `Ship order ${number}` });
    await expect(dialog).toContainText(`2 × ${order.itemName}`);
    await dialog.getByLabel('Carrier').fill('UPS');
    await dialog.getByRole('button', { name: 'Create shipment' }).click();
    await expect(dialog.getByText('Enter the tracking number')).toBeVisible();
    expect((await orderState(order.orderId)).shipments).toEqual([]);

    const trackingNumber = `1Z${randomUUID().slice(0, 10).replace(/-/g, '').toUpperCase()}`;
    await dialog.getByLabel('Tracking number').fill(trackingNumber);
    await dialog.getByRole('button', { name: 'Create shipment' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Shipment created' })).toBeVisible();
    await expect(dialog).toBeHidden();
    const shipments = page.getByRole('region', { name: 'Shipments' });
    const parcel = shipments.getByRole('listitem', { name: 'Shipment with UPS' });
    await expect(parcel).toContainText(trackingNumber);
    await expect(parcel.getByText('Shipped', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create shipment' })).toHaveCount(0);
    expect((await orderState(order.orderId)).shipments).toEqual([
      { carrier: 'UPS', trackingNumber, status: 'shipped' },
    ]);

    await parcel.getByRole('button', { name: 'Mark delivered' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'marked delivered' })).toBeVisible();
    await expect(parcel.getByText('Delivered', { exact: true })).toBeVisible();
    await expect(parcel.getByRole('button', { name: 'Mark delivered' })).toHaveCount(0);
    expect((await orderState(order.orderId)).status).toBe('delivered');

    // The download links answer PDFs (with the page's session cookie).
    for (const name of ['Invoice PDF', 'Packing slip PDF']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      expect(href).toBeTruthy();
      const response = await page.request.get(`${urls.admin}${href ?? ''}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect((await response.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
    }
  });

  test('a viewer reads an order but is offered no action', async ({ page }) => {
    const order = await createProcessingOrder();
    await signInAs(page, 'Demo Store Viewer');

    await page.goto(`${urls.admin}/orders/${order.orderId}`);
    await expect(
      page.getByRole('heading', { level: 1, name: `Order #${String(order.number)}` }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Items' })).toContainText(order.itemName);
    await expect(page.getByRole('link', { name: 'Invoice PDF' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create shipment' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Add a note' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add note' })).toHaveCount(0);
  });

  test('another store’s order is not found, and neither is its invoice', async ({ page }) => {
    const foreign = await createProcessingOrder('tech-gadgets');
    await signInAs(page, 'Demo Store Owner');

    await page.goto(`${urls.admin}/orders/${foreign.orderId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText(foreign.email)).toHaveCount(0);
    const invoice = await page.request.get(`${urls.admin}/orders/${foreign.orderId}/invoice`);
    expect(invoice.status()).toBe(404);
  });
});
