import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createDeskOrder, withE2eDatabase } from '@storeloom/devkit/e2e-data';

import { signInAs } from '../fixtures/sign-in';
import { urls } from '../fixtures/urls';

/**
 * A guest order of Demo Store with lines of its own (names unique to this run): 2 lamps at
 * $25.00 that cost $10.00 each, and gift wrap at $5.00 with no cost recorded. Total $55.00.
 */
function createOrder(paid: boolean) {
  const tag = randomUUID().slice(0, 8);
  const lamp = `Desk lamp ${tag}`;
  const wrap = `Gift wrap ${tag}`;
  return withE2eDatabase(async (db) => {
    const order = await createDeskOrder(db, {
      storeSlug: 'demo-store',
      paid,
      lines: [
        { name: lamp, quantity: 2, unitPrice: 2500, costPrice: 1000 },
        { name: wrap, quantity: 1, unitPrice: 500, costPrice: 0 },
      ],
    });
    return { ...order, lamp, wrap };
  });
}

/** The money the database holds for the order: the proof of what a click did or did not do. */
function moneyOf(orderId: string) {
  return withE2eDatabase(async (db) => {
    const order = await db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        status: true,
        paymentStatus: true,
        refundedTotal: true,
        refunds: { select: { amount: true, reason: true } },
      },
    });
    return order;
  });
}

async function openOrder(page: Page, order: { orderId: string; number: number }) {
  await page.goto(`${urls.admin}/orders/${order.orderId}`);
  await expect(
    page.getByRole('heading', { level: 1, name: `Order #${String(order.number)}` }),
  ).toBeVisible({ timeout: 45_000 });
}

test.describe('admin order actions: owner', () => {
  // One sign-in for the owner's tests: sign-ins are rate limited per account, and other specs
  // sign the same demo owner in against the same server.
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await signInAs(page, 'Demo Store Owner');
  });
  test.afterAll(async () => {
    await page.close();
  });

  test('an owner refunds one line once, and reads the profit', async () => {
    const order = await createOrder(true);
    await openOrder(page, order);

    // Profit per line from the stored costs; the line without a cost is left out.
    const profit = page.getByRole('region', { name: 'Profit and margin' });
    const lampRow = profit.getByRole('row').filter({ hasText: order.lamp });
    await expect(lampRow).toContainText('$50.00');
    await expect(lampRow).toContainText('$20.00');
    await expect(lampRow).toContainText('$30.00');
    await expect(lampRow).toContainText('60.0%');
    await expect(profit.getByRole('row').filter({ hasText: order.wrap })).toContainText('No cost');
    await expect(profit).toContainText('1 line has no cost');

    const payments = page.getByRole('region', { name: 'Payments' });
    await payments.getByRole('button', { name: 'Refund' }).click();
    const dialog = page.getByRole('dialog', { name: `Refund order #${String(order.number)}` });
    await expect(dialog).toContainText('Up to $55.00 can still be refunded');

    // More units than the line has, and no reason: refused in the dialog, nothing refunded.
    await dialog.getByLabel(order.lamp).fill('3');
    await dialog.getByRole('button', { name: /^Refund/ }).click();
    await expect(dialog.getByText('At most 2 can be refunded')).toBeVisible();
    await expect(dialog.getByText('Required')).toBeVisible();
    expect(await moneyOf(order.orderId)).toMatchObject({ refundedTotal: 0, refunds: [] });

    await dialog.getByLabel(order.lamp).fill('1');
    await dialog.getByLabel('Reason').fill('Arrived scratched');
    // A double click sends the dialog's one idempotency key twice at most: one refund.
    await dialog.getByRole('button', { name: 'Refund $25.00' }).dblclick();
    await expect(page.getByRole('status').filter({ hasText: 'Refunded $25.00.' })).toBeVisible();
    await expect(dialog).toBeHidden();

    const refunds = payments.getByRole('region', { name: 'Refunds' });
    await expect(refunds).toContainText('Arrived scratched');
    await expect(refunds).toContainText('$25.00');
    await expect(payments.getByText('Refunded', { exact: true }).locator('xpath=..')).toContainText(
      '$25.00',
    );
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
      'Refunded $25.00: Arrived scratched',
    );
    expect(await moneyOf(order.orderId)).toEqual({
      status: 'partially_refunded',
      paymentStatus: 'partially_refunded',
      refundedTotal: 2500,
      refunds: [{ amount: 2500, reason: 'Arrived scratched' }],
    });
  });

  test('an owner cancels an unpaid order after confirming', async () => {
    const order = await createOrder(false);
    await openOrder(page, order);
    await expect(page.getByRole('button', { name: 'Mark as paid' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Refund' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Cancel order' }).click();
    const dialog = page.getByRole('dialog', { name: `Cancel order #${String(order.number)}?` });
    await expect(dialog).toContainText('Nothing was paid, so nothing is refunded');
    await dialog.getByRole('button', { name: 'Cancel order' }).click();
    await expect(dialog.getByText('Required')).toBeVisible();
    expect((await moneyOf(order.orderId)).status).toBe('pending_payment');

    await dialog.getByLabel('Reason').fill('Customer changed their mind');
    await dialog.getByRole('button', { name: 'Cancel order' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Order #${String(order.number)} cancelled.` }),
    ).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Mark as paid' })).toHaveCount(0);
    expect(await moneyOf(order.orderId)).toMatchObject({
      status: 'cancelled',
      paymentStatus: 'voided',
      refundedTotal: 0,
    });
  });
});

test.describe('admin order actions: viewer', () => {
  test('a viewer sees the profit and the timeline but no action', async ({ page }) => {
    const paid = await createOrder(true);
    const unpaid = await createOrder(false);
    await signInAs(page, 'Demo Store Viewer');

    await openOrder(page, paid);
    await expect(page.getByRole('region', { name: 'Profit and margin' })).toContainText('60.0%');
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Order placed');
    await expect(page.getByRole('button', { name: 'Refund' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);

    await openOrder(page, unpaid);
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Order placed');
    await expect(page.getByRole('button', { name: 'Mark as paid' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  });
});
