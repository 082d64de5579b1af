import { productCsvColumns } from '@storeloom/validators';
import { describe, expect, it } from 'vitest';

import { writeCsv } from './csv.ts';
import { planProductImport } from './plan-product-import.ts';
import { readProductCsv } from './read-product-csv.ts';

type Row = Partial<Record<(typeof productCsvColumns)[number], string>>;

const base: Row = {
  handle: 'linen-shirt',
  title: 'Linen Shirt',
  status: 'active',
  option1_name: 'Size',
  option1_value: 'M',
  sku: 'LS-M',
  price: '45.00',
};

const csv = (...rows: Row[]) =>
  writeCsv([
    [...productCsvColumns],
    ...rows.map((row) => productCsvColumns.map((c) => row[c] ?? '')),
  ]);

describe('readProductCsv', () => {
  it('reads a valid row into minor units and lists', () => {
    const result = readProductCsv(
      csv({
        ...base,
        tags: 'summer, linen',
        compare_at_price: '59.5',
        weight_grams: '300',
        stock: '7',
      }),
      2,
    );
    expect(result.rejected).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      row: 2,
      handle: 'linen-shirt',
      options: [{ name: 'Size', value: 'M' }],
      price: 4500,
      compareAtPrice: 5950,
      costPrice: null,
      weightGrams: 300,
      stock: 7,
      fields: { tags: 'summer, linen' },
    });
  });

  it('rejects the whole file when the header has wrong, missing or extra columns, naming them', () => {
    const header = [...productCsvColumns].filter((c) => c !== 'barcode');
    const wrong = writeCsv([[...header, 'option4_name'], header.map(() => 'x').concat('x')]);
    expect(readProductCsv(wrong, 2)).toEqual({
      rows: [],
      rowCount: 1,
      rejected: [
        { row: 1, message: 'The header does not match: missing barcode; unexpected option4_name' },
      ],
      unread: [],
    });
    const swapped = [...productCsvColumns];
    [swapped[0], swapped[1]] = ['title', 'handle'];
    expect(readProductCsv(writeCsv([swapped]), 2).rejected[0]?.message).toMatch(/out of order/);
  });

  it('rejects rows with the wrong number of columns', () => {
    const text = `${csv(base)}a,b,c\r\n`;
    expect(readProductCsv(text, 2).rejected).toEqual([
      { row: 3, message: 'The row has 3 columns; the header has 20' },
    ]);
  });

  it('rejects bad cells with their column', () => {
    const { rejected } = readProductCsv(
      csv(
        { ...base, price: '12.345' },
        { ...base, sku: '', handle: 'Bad Handle' },
        { ...base, sku: 'X1', compare_at_price: '40', stock: '-3', status: 'live' },
        { ...base, sku: 'X2', option1_value: '' },
        { ...base, sku: 'X3', title: 'x'.repeat(201) },
      ),
      2,
    );
    expect(rejected.map((r) => [r.row, r.column])).toEqual([
      [2, 'price'],
      [3, 'handle'],
      [3, 'sku'],
      [4, 'status'],
      [4, 'compare_at_price'],
      [4, 'stock'],
      [5, 'option1_value'],
      [6, 'title'],
    ]);
    expect(rejected[0]?.message).toBe('price: 12.345 has more than 2 decimals');
  });

  it('reports a malformed quote with its line', () => {
    expect(readProductCsv(`${csv(base)}"open,\r\n`, 2).rejected).toEqual([
      { row: 3, message: 'Line 3: a quoted field is never closed' },
    ]);
  });
});

describe('planProductImport', () => {
  const plan = (...rows: Row[]) => planProductImport(readProductCsv(csv(...rows), 2).rows);

  it('groups rows by handle; later rows may leave product fields blank', () => {
    const { products, rejected } = plan(
      { ...base, category_slugs: 'shirts' },
      { handle: 'linen-shirt', option1_name: 'Size', option1_value: 'L', sku: 'LS-L', price: '47' },
    );
    expect(rejected).toEqual([]);
    expect(products).toMatchObject([
      {
        handle: 'linen-shirt',
        title: 'Linen Shirt',
        status: 'active',
        categorySlugs: ['shirts'],
        options: [{ name: 'Size', values: ['M', 'L'] }],
        variants: [
          { sku: 'LS-M', title: 'M', price: 4500 },
          { sku: 'LS-L', title: 'L', price: 4700 },
        ],
      },
    ]);
  });

  it('rejects duplicate SKUs, repeated combinations, differing fields and options', () => {
    const { rejected } = plan(
      base,
      { ...base, option1_value: 'L' },
      { ...base, sku: 'LS-M2' },
      { ...base, sku: 'LS-X', option1_value: 'X', title: 'Other title' },
      { ...base, sku: 'LS-Y', option1_name: 'Fit', option1_value: 'Y' },
      { ...base, handle: 'new-one', title: '', sku: 'NEW-1' },
    );
    expect(rejected.map((r) => [r.row, r.column, r.message])).toEqual([
      [3, 'sku', 'The SKU LS-M is also on row 2'],
      [4, 'option1_value', 'Row 2 already has the options M for linen-shirt'],
      [5, 'title', expect.stringMatching(/title differs from row 2/)],
      [6, 'option1_name', 'Every row of linen-shirt must name the same options as row 2'],
      [7, 'title', 'The first row of new-one needs a title'],
    ]);
  });
});

describe('option columns', () => {
  it('refuses an option after an empty one', () => {
    const { rejected } = readProductCsv(
      csv({
        ...base,
        option1_name: '',
        option1_value: '',
        option2_name: 'Colour',
        option2_value: 'Red',
      }),
      2,
    );
    expect(rejected).toEqual([
      {
        row: 2,
        column: 'option2_name',
        message: 'option2_name is set but an earlier option is empty',
      },
    ]);
  });
});
