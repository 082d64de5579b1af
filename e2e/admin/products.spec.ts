import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { withE2eDatabase } from '@storeloom/devkit/e2e-data';

import { signInAs } from '../fixtures/sign-in';
import { urls } from '../fixtures/urls';

/** The documented CSV header (docs/commerce/catalog.md), which the export must write first. */
const header =
  'handle,title,status,vendor,product_type,tags,category_slugs,option1_name,option1_value,option2_name,option2_value,option3_name,option3_value,sku,price,compare_at_price,cost_price,weight_grams,barcode,stock';
const columns = header.split(',');

type Row = Partial<Record<string, string>>;

function csvFile(name: string, rows: Row[]) {
  const lines = [header, ...rows.map((row) => columns.map((c) => row[c] ?? '').join(','))];
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) };
}

/** Products of this run only: a tag no other spec or seeded product has. */
function testProducts(tag: string) {
  const product = (noun: string, price: string): Row => ({
    handle: `${noun.toLowerCase()}-${tag}`,
    title: `${noun} ${tag}`,
    status: 'active',
    vendor: 'Loom Works',
    sku: `${noun.toUpperCase()}-${tag}`,
    price,
    weight_grams: '500',
    stock: '7',
  });
  return { lamp: product('Lamp', '25.00'), vase: product('Vase', '40.00') };
}

function storedProducts(handles: string[]) {
  return withE2eDatabase((db) => db.product.count({ where: { slug: { in: handles } } }));
}

test.describe('admin products', () => {
  test('an owner imports, finds, filters, bulk edits, exports and deletes products', async ({
    page,
  }) => {
    // Many steps, and the first visit of each route compiles it under `next dev`.
    test.setTimeout(180_000);
    const tag = randomUUID().slice(0, 8);
    const { lamp, vase } = testProducts(tag);
    const bad: Row = { ...vase, handle: `bad-${tag}`, sku: `BAD-${tag}`, stock: 'lots' };
    const handles = [lamp.handle ?? '', vase.handle ?? '', bad.handle ?? ''];

    await signInAs(page, 'Demo Store Owner');
    // Clicked again if `next dev` reloaded the page under the click while compiling.
    await expect(async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Products' })
        .click();
      await expect(page).toHaveURL(`${urls.admin}/products`, { timeout: 15_000 });
    }).toPass({ timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();

    // Import: a picture is refused before anything is sent.
    const dialog = page.getByRole('dialog', { name: 'Import products' });
    // Clicked again if the first click landed before the page was hydrated.
    await expect(async () => {
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    const fileInput = dialog.getByLabel('CSV file');
    await fileInput.setInputFiles({
      name: 'lamp.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    await expect(dialog.getByText('“lamp.png” is not a CSV file.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Check file' })).toBeDisabled();

    // One bad row: the report names it, and nothing of the file is stored.
    await fileInput.setInputFiles(csvFile('products.csv', [lamp, vase, bad]));
    await dialog.getByRole('button', { name: 'Check file' }).click();
    const report = dialog.getByRole('table', { name: 'Import rows' });
    // The header is row 1, so the third product is row 4.
    const badLine = report
      .getByRole('row')
      .filter({ hasText: 'stock: "lots" is not a whole number from 0 to 1000000' });
    await expect(badLine.getByRole('cell').first()).toHaveText('4');
    await expect(badLine).toContainText('Error');
    await expect(report.getByRole('row').filter({ hasText: lamp.handle ?? '' })).toContainText(
      'Skipped',
    );
    await expect(dialog.getByText('1 row has errors')).toBeVisible();
    expect(await storedProducts(handles)).toBe(0);

    // The corrected file: checked, then imported, row by row.
    await fileInput.setInputFiles(csvFile('products.csv', [lamp, vase]));
    await dialog.getByRole('button', { name: 'Check file' }).click();
    await expect(report.getByRole('row').filter({ hasText: lamp.handle ?? '' })).toContainText(
      'Will create',
    );
    await dialog.getByRole('button', { name: 'Import 2 products' }).click();
    await expect(dialog.getByText('Import finished')).toBeVisible();
    await expect(report.getByRole('row').filter({ hasText: vase.handle ?? '' })).toContainText(
      'Created',
    );
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    expect(await storedProducts(handles)).toBe(2);

    // Search by title: only that product.
    const search = page.getByRole('search', { name: 'Search products' });
    await search.getByLabel('Title or SKU').fill(`Lamp ${tag}`);
    await search.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/products\?q=Lamp/);
    const lampRow = page.getByRole('row').filter({ hasText: `Lamp ${tag}` });
    await expect(lampRow).toContainText('Active');
    await expect(lampRow).toContainText('7 in stock');
    await expect(lampRow).toContainText('$25.00');
    await expect(page.getByRole('row').filter({ hasText: `Vase ${tag}` })).toHaveCount(0);

    // Both by the run's tag, then by status.
    await search.getByLabel('Title or SKU').fill(tag);
    await search.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${urls.admin}/products?q=${tag}`);
    const rows = page.getByRole('row').filter({ hasText: tag });
    await expect(rows).toHaveCount(2);
    const tabs = page.getByRole('navigation', { name: 'Filter products by status' });
    await tabs.getByRole('link', { name: 'Draft' }).click();
    await page.waitForURL(`${urls.admin}/products?status=draft&q=${tag}`);
    await expect(page.getByText(`No draft products match “${tag}”`)).toBeVisible();
    await tabs.getByRole('link', { name: 'Active' }).click();
    await page.waitForURL(`${urls.admin}/products?status=active&q=${tag}`);
    await expect(rows).toHaveCount(2);

    // Bulk: both to draft; they leave the Active tab and show as drafts.
    await tabs.getByRole('link', { name: 'All' }).click();
    await page.waitForURL(`${urls.admin}/products?q=${tag}`);
    await page.getByRole('checkbox', { name: 'Select all products shown' }).check();
    const bulk = page.getByRole('toolbar', { name: 'Bulk actions' });
    await expect(bulk).toContainText('2 products selected');
    await bulk.getByRole('button', { name: 'Set draft' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '2 products set to draft.' }),
    ).toBeVisible();
    await expect(bulk).toBeHidden();
    await expect(rows.filter({ hasText: 'Draft' })).toHaveCount(2);

    // Export of what the list shows: the documented header, then the two products.
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^products-\d{4}-\d{2}-\d{2}\.csv$/);
    const exported = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const [first, ...records] = exported.trimEnd().split('\r\n');
    expect(first).toBe(header);
    expect(records).toHaveLength(2);
    expect(records.join('\n')).toContain(`LAMP-${tag},25.00`);

    // Clean up through the bulk bar: archive, then delete after the confirmation.
    await page.getByRole('checkbox', { name: 'Select all products shown' }).check();
    await bulk.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'set to archived' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select all products shown' }).check();
    await bulk.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete 2 products?' });
    await confirm.getByRole('button', { name: 'Delete 2 products' }).click();
    await expect(page.getByRole('status').filter({ hasText: '2 products deleted.' })).toBeVisible();
    await expect(page.getByText(`No products match “${tag}”`)).toBeVisible();
    expect(await storedProducts(handles)).toBe(0);
  });

  test('a viewer reads the products but is offered no bulk action and no import', async ({
    page,
  }) => {
    await signInAs(page, 'Demo Store Viewer');
    await page.goto(`${urls.admin}/products`);
    await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Export' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('toolbar', { name: 'Bulk actions' })).toHaveCount(0);
  });
});
