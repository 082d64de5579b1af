import { productCsvColumns } from '@storeloom/validators';
import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { createCategory } from './create-category.ts';
import { createProduct } from './create-product.ts';
import { parseCsv, writeCsv } from './csv/csv.ts';
import { exportProductsCsv } from './export-products-csv.ts';
import { getProduct } from './get-product.ts';
import { importProductsCsv } from './import-products-csv.ts';
import { catalogContext } from './testing/catalog-fixture.ts';
import { updateVariant } from './update-variant.ts';

const setup = useTwoStoreDatabase();
const { db, tenantId, actor, store } = catalogContext(setup);
const ctx = () => ({ db: db(), tenantId: tenantId(), actor: actor() });

type Row = Partial<Record<(typeof productCsvColumns)[number], string>>;
const csv = (...rows: Row[]) =>
  writeCsv([
    [...productCsvColumns],
    ...rows.map((row) => productCsvColumns.map((c) => row[c] ?? '')),
  ]);
const runImport = (text: string, mode: 'validate' | 'apply' = 'apply') =>
  importProductsCsv({ ...ctx(), csv: text, mode });

/** The product as the editor sees it, minus what every write touches. */
async function snapshot(productId: string) {
  const { updatedAt: _updated, ...product } = await getProduct({ db: db(), productId });
  return product;
}

async function exportedRows(productId: string) {
  const { csv: text } = await exportProductsCsv({
    db: db(),
    selection: { productIds: [productId] },
  });
  return { text, records: parseCsv(text).map((r) => r.fields) };
}

describe('product CSV export and import', () => {
  it('exports one row per variant with prices in major units, and round-trips without change', async () => {
    const category = await createCategory({ ...ctx(), name: 'Knitwear' });
    const product = await createProduct({
      ...ctx(),
      title: 'Cable Knit, "Classic"',
      status: 'active',
      vendor: 'North Mill',
      productType: 'Sweater',
      tags: ['wool', 'winter'],
      categoryIds: [category.id],
      options: [
        { name: 'Size', values: ['S', 'M'] },
        { name: 'Colour', values: ['Oat', 'Navy'] },
      ],
      defaults: { price: 8950, compareAtPrice: 9900, costPrice: 3105, weightGrams: 650 },
    });
    const first = product.variants[0];
    if (!first) throw new Error('no variant');
    await updateVariant({
      ...ctx(),
      variantId: first.id,
      barcode: '0012345678905',
      stock: [{ locationId: store().ids.locationId, onHand: 12 }],
    });

    const { text, records } = await exportedRows(product.id);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(records[0]).toEqual([...productCsvColumns]);
    expect(records).toHaveLength(5);
    expect(records[1]).toEqual([
      'cable-knit-classic',
      'Cable Knit, "Classic"',
      'active',
      'North Mill',
      'Sweater',
      'wool, winter',
      'knitwear',
      'Size',
      'S',
      'Colour',
      'Oat',
      '',
      '',
      'CABLE-KNIT-CLASSIC-S-OAT',
      '89.50',
      '99.00',
      '31.05',
      '650',
      '0012345678905',
      '12',
    ]);

    const before = await snapshot(product.id);
    const ledgerBefore = await db().inventoryTransaction.count();
    const { lines, ...report } = await runImport(text);
    expect(report).toEqual({
      mode: 'apply',
      rows: 4,
      created: 0,
      updated: 1,
      rejected: [],
      applied: true,
    });
    expect(lines.map((line) => [line.row, line.outcome])).toEqual([
      [2, 'update'],
      [3, 'update'],
      [4, 'update'],
      [5, 'update'],
    ]);
    expect(await snapshot(product.id)).toEqual(before);
    expect(await db().inventoryTransaction.count()).toBe(ledgerBefore);
  });

  it('creates products from rows grouped by handle, with stock at the default location', async () => {
    await createCategory({ ...ctx(), name: 'Hats' });
    const text = csv(
      {
        handle: 'felt-hat',
        title: 'Felt Hat',
        status: 'draft',
        tags: 'felt',
        category_slugs: 'hats',
        option1_name: 'Size',
        option1_value: 'S',
        sku: 'FH-S',
        price: '30',
        stock: '4',
      },
      { handle: 'felt-hat', option1_name: 'Size', option1_value: 'L', sku: 'FH-L', price: '32.50' },
    );
    const validated = await runImport(text, 'validate');
    expect(validated).toMatchObject({ created: 1, updated: 0, rejected: [], applied: false });
    expect(await db().product.count({ where: { slug: 'felt-hat' } })).toBe(0);

    expect(await runImport(text)).toMatchObject({ created: 1, applied: true });
    const created = await db().product.findFirst({ where: { slug: 'felt-hat' } });
    const detail = await getProduct({ db: db(), productId: created?.id ?? '' });
    expect(detail).toMatchObject({
      title: 'Felt Hat',
      status: 'draft',
      tags: ['felt'],
      categories: [{ slug: 'hats' }],
    });
    expect(detail.variants.map((v) => [v.sku, v.title, v.price])).toEqual([
      ['FH-S', 'S', 3000],
      ['FH-L', 'L', 3250],
    ]);
    expect(
      detail.variants[0]?.stock.find((s) => s.locationId === store().ids.locationId)?.onHand,
    ).toBe(4);
    const ledger = await db().inventoryTransaction.findFirst({
      where: { variantId: detail.variants[0]?.id },
    });
    expect(ledger).toMatchObject({ reason: 'correction', delta: 4 });
    const audit = await db().auditLog.findFirst({
      where: { action: 'product.import' },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit?.after).toMatchObject({ rows: 2, created: [created?.id] });
  });

  it('updates matched products and variants by handle and SKU, and drops variants not in the file', async () => {
    const product = await createProduct({
      ...ctx(),
      title: 'Canvas Apron',
      status: 'draft',
      options: [{ name: 'Colour', values: ['Sand', 'Olive', 'Rust'] }],
      defaults: { price: 2800 },
    });
    const { records } = await exportedRows(product.id);
    const [header, sand, olive] = records;
    if (!header || !sand || !olive) throw new Error('missing rows');
    sand[14] = '29.99';
    olive[1] = '';
    const edited = writeCsv([header, sand, olive]);
    expect(await runImport(edited)).toMatchObject({ updated: 1, rejected: [], applied: true });
    const detail = await getProduct({ db: db(), productId: product.id });
    expect(detail.options[0]?.values.map((v) => v.value)).toEqual(['Sand', 'Olive']);
    expect(detail.variants.map((v) => [v.id, v.price])).toEqual([
      [product.variants[0]?.id, 2999],
      [product.variants[1]?.id, 2800],
    ]);
  });

  it('rejects rows the store contradicts and writes nothing at all', async () => {
    const productsBefore = await db().product.count();
    const variantsBefore = await db().productVariant.count();
    const fixtureBefore = await snapshot(store().ids.productId);
    const text = csv(
      { handle: 'good-one', title: 'Good One', status: 'draft', sku: 'GOOD-1', price: '10' },
      {
        handle: 'bad-cat',
        title: 'Bad Cat',
        status: 'draft',
        sku: 'BAD-1',
        price: '10',
        category_slugs: 'nope',
      },
      { handle: 'thief', title: 'Thief', status: 'draft', sku: 'ALPHA-SKU', price: '10' },
      {
        handle: 'product',
        title: 'Alpha Goods Product',
        status: 'active',
        option1_name: 'Size',
        option1_value: 'One size',
        sku: 'NEW-SKU',
        price: '12.345',
      },
    );
    const report = await runImport(text);
    expect(report).toMatchObject({ rows: 4, applied: false });
    expect(report.rejected).toEqual([
      { row: 3, column: 'category_slugs', message: 'Unknown category slug nope' },
      { row: 4, column: 'sku', message: 'The SKU ALPHA-SKU belongs to another product (product)' },
      { row: 5, column: 'price', message: 'price: 12.345 has more than 2 decimals' },
    ]);
    // Row by row: the good row would be created; the unreadable price row is named as written.
    expect(report.lines).toEqual([
      { row: 2, handle: 'good-one', sku: 'GOOD-1', outcome: 'create' },
      { row: 3, handle: 'bad-cat', sku: 'BAD-1', outcome: 'reject' },
      { row: 4, handle: 'thief', sku: 'ALPHA-SKU', outcome: 'reject' },
      { row: 5, handle: 'product', sku: 'NEW-SKU', outcome: 'reject' },
    ]);
    expect(await db().product.count()).toBe(productsBefore);
    expect(await db().productVariant.count()).toBe(variantsBefore);
    expect(await snapshot(store().ids.productId)).toEqual(fixtureBefore);
  });

  it('refuses to drop a variant that still has stock', async () => {
    const fixture = await exportedRows(store().ids.productId);
    const header = fixture.records[0] ?? [];
    const row = [...(fixture.records[1] ?? [])];
    row[13] = 'REPLACEMENT-SKU';
    const report = await runImport(writeCsv([header, row]), 'validate');
    expect(report.rejected).toEqual([
      {
        row: 2,
        message:
          'ALPHA-SKU of product is not in the file but still has 10 units on hand; include it or set its stock to 0 first',
      },
    ]);
  });

  it('rejects a file whose header does not match', async () => {
    const report = await runImport('handle,title,price\r\nx,X,1\r\n');
    expect(report.applied).toBe(false);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]?.message).toMatch(
      /^The header does not match: missing status, vendor/,
    );
  });
});
