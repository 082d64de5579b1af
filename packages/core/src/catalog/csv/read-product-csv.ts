import {
  handleSchema,
  productCsvColumns,
  type ProductCsvColumn,
  type ProductCsvRejection,
  productStatusSchema,
  productTagSchema,
  skuSchema,
} from '@storeloom/validators';
import type { z } from 'zod';

import { parseMajorUnits } from '../money-text.ts';
import { CsvSyntaxError, parseCsv } from './csv.ts';

/** Product-level columns, kept as written: later rows of a handle may leave them blank. */
export interface ProductCsvFields {
  title: string;
  status: string;
  vendor: string;
  productType: string;
  tags: string;
  categorySlugs: string;
}

/** One data row, checked on its own (the product-level checks happen per handle). */
export interface ProductCsvRow {
  row: number;
  handle: string;
  fields: ProductCsvFields;
  options: { name: string; value: string }[];
  sku: string;
  price: number;
  compareAtPrice: number | null;
  costPrice: number | null;
  weightGrams: number;
  barcode: string | null;
  /** Counted units at the default location; null leaves stock as it is. */
  stock: number | null;
}

export interface ReadProductCsvResult {
  rows: ProductCsvRow[];
  /** Data rows in the file (blank lines excluded), including rejected ones. */
  rowCount: number;
  rejected: ProductCsvRejection[];
  /** Rejected rows as written, so a report can still name their product and variant. */
  unread: { row: number; handle: string; sku: string }[];
}

const MAX_INTEGER = 1_000_000;

/** Splits a comma-separated list cell ("summer, linen") into trimmed, non-empty items. */
export function splitList(cell: string): string[] {
  return cell
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function headerProblem(header: readonly string[]): string | null {
  const expected: readonly string[] = productCsvColumns;
  const trimmed = header.map((name) => name.trim());
  const missing = expected.filter((name) => !trimmed.includes(name));
  const extra = trimmed.filter((name) => !expected.includes(name));
  const repeated = expected.filter((name) => trimmed.filter((n) => n === name).length > 1);
  const problems = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    extra.length > 0 ? `unexpected ${extra.map((n) => n || '(blank)').join(', ')}` : '',
    repeated.length > 0 ? `repeated ${repeated.join(', ')}` : '',
  ].filter(Boolean);
  if (problems.length > 0) return `The header does not match: ${problems.join('; ')}`;
  if (trimmed.join(',') !== expected.join(',')) {
    return `The columns are out of order; use: ${expected.join(',')}`;
  }
  return null;
}

/**
 * Reads product CSV text: the header must be exactly `productCsvColumns`; each row is checked
 * on its own (required cells, formats, numbers, amounts within the currency's decimals).
 */
export function readProductCsv(text: string, currencyDigits: number): ReadProductCsvResult {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      return {
        rows: [],
        rowCount: 0,
        rejected: [{ row: error.line, message: error.message }],
        unread: [],
      };
    }
    throw error;
  }
  const [header, ...data] = records;
  if (!header)
    return {
      rows: [],
      rowCount: 0,
      rejected: [{ row: 1, message: 'The file is empty' }],
      unread: [],
    };
  const problem = headerProblem(header.fields);
  const nonBlank = data.filter((record) => record.fields.some((field) => field.trim() !== ''));
  if (problem)
    return {
      rows: [],
      rowCount: nonBlank.length,
      rejected: [{ row: 1, message: problem }],
      unread: [],
    };

  const rows: ProductCsvRow[] = [];
  const rejected: ProductCsvRejection[] = [];
  const unread: ReadProductCsvResult['unread'] = [];
  const rawCell = (fields: readonly string[], column: ProductCsvColumn) =>
    (fields[productCsvColumns.indexOf(column)] ?? '').trim();
  for (const record of nonBlank) {
    const result = readRow(record.row, record.fields, currencyDigits);
    if (Array.isArray(result)) {
      rejected.push(...result);
      unread.push({
        row: record.row,
        handle: rawCell(record.fields, 'handle'),
        sku: rawCell(record.fields, 'sku'),
      });
    } else rows.push(result);
  }
  return { rows, rowCount: nonBlank.length, rejected, unread };
}

function readRow(
  row: number,
  fields: readonly string[],
  digits: number,
): ProductCsvRow | ProductCsvRejection[] {
  if (fields.length !== productCsvColumns.length) {
    return [
      {
        row,
        message: `The row has ${fields.length} columns; the header has ${productCsvColumns.length}`,
      },
    ];
  }
  const problems: ProductCsvRejection[] = [];
  const cell = (column: ProductCsvColumn) =>
    (fields[productCsvColumns.indexOf(column)] ?? '').trim();
  const reject = (column: ProductCsvColumn, message: string) => {
    problems.push({ row, column, message });
  };
  const checked = <T>(column: ProductCsvColumn, schema: z.ZodType<T>, value: string) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    reject(column, `${column}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return null;
  };
  const amount = (column: ProductCsvColumn, required: boolean): number | null => {
    const value = cell(column);
    if (value === '') {
      if (required) reject(column, `${column} is required`);
      return null;
    }
    const parsed = parseMajorUnits(value, digits);
    if (parsed.ok) return parsed.amount;
    reject(column, `${column}: ${parsed.message}`);
    return null;
  };
  const integer = (column: ProductCsvColumn): number | null => {
    const value = cell(column);
    if (value === '') return null;
    if (!/^\d{1,7}$/.test(value) || Number(value) > MAX_INTEGER) {
      reject(column, `${column}: "${value}" is not a whole number from 0 to ${MAX_INTEGER}`);
      return null;
    }
    return Number(value);
  };
  const maxLength = (column: ProductCsvColumn, max: number) => {
    if (cell(column).length > max) reject(column, `${column}: at most ${max} characters`);
  };

  const handle = checked('handle', handleSchema, cell('handle'));
  const sku = checked('sku', skuSchema, cell('sku'));
  maxLength('title', 200);
  maxLength('vendor', 120);
  maxLength('product_type', 120);
  maxLength('barcode', 64);
  if (cell('status') !== '') checked('status', productStatusSchema, cell('status'));
  const tags = splitList(cell('tags'));
  if (tags.length > 50) reject('tags', 'tags: at most 50 tags');
  for (const tag of tags) checked('tags', productTagSchema, tag);
  const options = readOptions(cell, reject);
  const price = amount('price', true);
  const compareAtPrice = amount('compare_at_price', false);
  const costPrice = amount('cost_price', false);
  if (price !== null && compareAtPrice !== null && compareAtPrice <= price) {
    reject('compare_at_price', 'compare_at_price must be higher than price, or left empty');
  }
  const weightGrams = integer('weight_grams');
  const stock = integer('stock');

  if (problems.length > 0 || handle === null || sku === null || price === null) return problems;
  return {
    row,
    handle,
    fields: {
      title: cell('title'),
      status: cell('status'),
      vendor: cell('vendor'),
      productType: cell('product_type'),
      tags: tags.join(', '),
      categorySlugs: splitList(cell('category_slugs')).join(', '),
    },
    options,
    sku,
    price,
    compareAtPrice,
    costPrice,
    weightGrams: weightGrams ?? 0,
    barcode: cell('barcode') || null,
    stock,
  };
}

const optionSlots = [
  ['option1_name', 'option1_value'],
  ['option2_name', 'option2_value'],
  ['option3_name', 'option3_value'],
] as const;

function readOptions(
  cell: (column: ProductCsvColumn) => string,
  reject: (column: ProductCsvColumn, message: string) => void,
): { name: string; value: string }[] {
  const options: { name: string; value: string }[] = [];
  let gap = false;
  for (const [nameColumn, valueColumn] of optionSlots) {
    const name = cell(nameColumn);
    const value = cell(valueColumn);
    if (name === '' && value === '') {
      gap = true;
      continue;
    }
    if (name === '' || value === '') {
      reject(
        name === '' ? nameColumn : valueColumn,
        `${nameColumn} and ${valueColumn} go together`,
      );
      continue;
    }
    if (gap) reject(nameColumn, `${nameColumn} is set but an earlier option is empty`);
    if (name.length > 60) reject(nameColumn, `${nameColumn}: at most 60 characters`);
    if (value.length > 60) reject(valueColumn, `${valueColumn}: at most 60 characters`);
    options.push({ name, value });
  }
  return options;
}
