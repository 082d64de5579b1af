import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { storeIdOf, withE2eDatabase } from '@storeloom/devkit/e2e-data';

import { signInAs } from '../fixtures/sign-in';
import { urls } from '../fixtures/urls';

/** The estimates saved for this test's customer (an address no other test uses). */
function estimatesFor(customerEmail: string) {
  return withE2eDatabase((db) =>
    db.estimate.findMany({
      where: { customerEmail },
      select: {
        id: true,
        number: true,
        status: true,
        total: true,
        totalCost: true,
        profit: true,
        items: { orderBy: { position: 'asc' }, select: { name: true, kind: true } },
      },
    }),
  );
}

function sentEmailsTo(customerEmail: string) {
  return withE2eDatabase((db) =>
    db.emailOutbox.count({ where: { to: customerEmail, templateKey: 'estimate_sent' } }),
  );
}

/**
 * The customer's "Accept" on the estimate's link, recorded as `acceptEstimate` records it but
 * without its event, so the estimate-to-order workflow leaves the conversion to the merchant.
 */
function acceptAsCustomer(estimateId: string) {
  return withE2eDatabase((db) =>
    db.estimate.update({
      where: { id: estimateId },
      data: { status: 'accepted', acceptedAt: new Date(), acceptTokenHash: null },
    }),
  );
}

function orderCosts(orderId: string) {
  return withE2eDatabase((db) =>
    db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        source: true,
        total: true,
        materialsCost: true,
        labourCost: true,
        profit: true,
        items: {
          orderBy: { name: 'asc' },
          select: { name: true, quantity: true, costPrice: true, hours: true, labourRate: true },
        },
      },
    }),
  );
}

test.describe('admin estimates', () => {
  test('an owner prices an estimate with live margin, sends it and converts it to an order', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const tag = randomUUID().slice(0, 8);
    const customerEmail = `estimate-${tag}@example.com`;
    const title = `Garden shed ${tag}`;
    // Tech Gadgets (USD, like Demo Store), whose owner other specs seldom sign in as.
    await signInAs(page, 'Tech Gadgets Owner');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Estimates' })
      // The sidebar's link; the narrow-screen bar repeats it.
      .first()
      .click();
    await page.waitForURL(`${urls.admin}/estimates`);
    await expect(page.getByRole('heading', { level: 1, name: 'Estimates' })).toBeVisible();
    await page.getByRole('link', { name: 'New estimate' }).first().click();
    await page.waitForURL(`${urls.admin}/estimates/new`, { timeout: 45_000 });

    await page.getByLabel('Customer name').fill('Ada Client');
    await page.getByLabel('Customer email').fill(customerEmail);
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);

    // Bad input: messages beside the cells, and nothing saved.
    const description1 = page.getByRole('textbox', { name: 'Line 1 description' });
    const quantity1 = page.getByRole('textbox', { name: 'Line 1 quantity' });
    await quantity1.fill('0');
    await page.getByRole('button', { name: 'Create estimate' }).click();
    await expect(description1).toHaveAccessibleDescription('Required');
    await expect(quantity1).toHaveAccessibleDescription('Quantity must be more than 0');
    await expect(page.getByText('Some fields need a look; nothing was saved.')).toBeVisible();
    expect(await estimatesFor(customerEmail)).toEqual([]);

    // A material line, then Enter adds the next line, made labour: hours x rate.
    await description1.fill('Oak boards');
    await quantity1.fill('10');
    await page.getByRole('textbox', { name: 'Line 1 unit cost' }).fill('8.00');
    const price1 = page.getByRole('textbox', { name: 'Line 1 unit price' });
    await price1.fill('12.00');
    await price1.press('Enter');
    const description2 = page.getByRole('textbox', { name: 'Line 2 description' });
    await expect(description2).toBeFocused();
    await page.getByRole('combobox', { name: 'Line 2 type' }).selectOption('labour');
    await description2.fill('Fitting');
    await page.getByRole('textbox', { name: 'Line 2 hours' }).fill('2.5');
    await page.getByRole('textbox', { name: 'Line 2 hourly cost' }).fill('20');
    await page.getByRole('textbox', { name: 'Line 2 hourly rate' }).fill('40');

    // $120 + 2.5 h x $40 = $220 sold for $80 + 2.5 h x $20 = $130 of cost: 40.9%.
    const totals = page.getByRole('region', { name: 'Totals' });
    await expect(totals).toContainText('$220.00');
    await expect(totals).toContainText('$130.00');
    await expect(totals).toContainText('40.9%');
    // A lower price moves the margin at once: $190 sold, $60 profit, 31.6%.
    await price1.fill('9');
    await expect(totals).toContainText('$190.00');
    await expect(totals).toContainText('$60.00');
    await expect(totals).toContainText('31.6%');

    await page.getByRole('button', { name: 'Create estimate' }).click();
    await page.waitForURL(/\/estimates\/[^/?]+\?created=1$/, { timeout: 45_000 });
    const [saved] = await estimatesFor(customerEmail);
    expect(saved).toMatchObject({
      status: 'draft',
      total: 19000,
      totalCost: 13000,
      profit: 6000,
      items: [
        { name: 'Oak boards', kind: 'material' },
        { name: 'Fitting', kind: 'labour' },
      ],
    });
    const estimateId = saved?.id ?? '';
    const number = `Estimate #${String(saved?.number)}`;
    await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible();
    await expect(page.getByText('Draft', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Totals' })).toContainText('31.6%');

    // The PDF: a download, and a preview framed in the page.
    const href = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    const pdf = await page.request.get(`${urls.admin}${href ?? ''}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
    await page.getByRole('button', { name: 'Preview PDF' }).click();
    const frame = page.locator(`iframe[title="${number} PDF"]`);
    await expect(frame).toHaveAttribute('src', /^data:application\/pdf;base64,JVBER/);
    // The preview only shows once the PDF has been fetched, so the frame proves it arrived.
    await expect(frame).toBeVisible();

    // Send: a double click on the confirmation sends one email.
    await page.getByRole('button', { name: 'Send to customer' }).click();
    const dialog = page.getByRole('dialog', { name: `Send estimate #${String(saved?.number)}?` });
    await expect(dialog).toContainText(customerEmail);
    await dialog.getByRole('button', { name: 'Send estimate' }).dblclick();
    await expect(
      page.getByRole('status').filter({ hasText: `was sent to ${customerEmail}` }),
    ).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Sent', { exact: true })).toBeVisible();
    expect(await sentEmailsTo(customerEmail)).toBe(1);
    expect((await estimatesFor(customerEmail))[0]?.status).toBe('sent');

    // The customer accepts through their link; the merchant converts it.
    await acceptAsCustomer(estimateId);
    await page.reload();
    await expect(page.getByText('Accepted', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save estimate' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Send/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Convert to order' }).click();
    const convert = page.getByRole('dialog', { name: /^Convert estimate #\d+ to an order\?$/ });
    await convert.getByRole('button', { name: 'Create order' }).click();

    await page.waitForURL(/\/orders\/[^/?]+$/, { timeout: 45_000 });
    const orderId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await expect(page.getByRole('heading', { level: 1, name: /^Order #\d+$/ })).toBeVisible();
    const items = page.getByRole('region', { name: 'Items' });
    await expect(items).toContainText('Oak boards');
    await expect(items).toContainText('Fitting');
    const order = await orderCosts(orderId);
    expect(order).toMatchObject({
      source: 'estimate',
      total: 19000,
      materialsCost: 8000,
      labourCost: 5000,
      profit: 6000,
    });
    expect(order.items).toEqual([
      { name: 'Fitting', quantity: 1, costPrice: 5000, hours: expect.anything(), labourRate: 2000 },
      { name: 'Oak boards', quantity: 10, costPrice: 800, hours: null, labourRate: null },
    ]);
    expect(Number(order.items[0]?.hours)).toBe(2.5);
    expect((await estimatesFor(customerEmail))[0]?.status).toBe('converted');
  });

  test('a viewer reads an estimate and its PDF but is offered no change', async ({ page }) => {
    const estimate = await withE2eDatabase(async (db) =>
      db.estimate.findFirstOrThrow({
        where: { tenantId: await storeIdOf(db, 'demo-store') },
        orderBy: { number: 'asc' },
        select: { id: true, number: true, title: true },
      }),
    );
    await signInAs(page, 'Demo Store Viewer');

    await page.goto(`${urls.admin}/estimates`);
    await expect(page.getByRole('heading', { level: 1, name: 'Estimates' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: `#${String(estimate.number)}`, exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'New estimate' })).toHaveCount(0);

    await page.goto(`${urls.admin}/estimates/${estimate.id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: `Estimate #${String(estimate.number)}` }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download PDF' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Line 1 description' })).not.toBeEditable();
    for (const name of [/Send/, /Save estimate/, /Delete/, /Convert to order/, /Add material/]) {
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
  });
});
