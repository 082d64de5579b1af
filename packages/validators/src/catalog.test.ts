import { describe, expect, it } from 'vitest';

import {
  bulkChangePricesInputSchema,
  createProductInputSchema,
  moveCategoryInputSchema,
  updateVariantInputSchema,
} from './catalog.ts';
import { importProductsCsvInputSchema, MAX_PRODUCT_CSV_LENGTH } from './catalog-csv.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('catalog schemas', () => {
  it('refuses prices with a fraction of a minor unit, and negative prices', () => {
    expect(
      messages(updateVariantInputSchema.safeParse({ variantId: 'v1', price: 19.995 })),
    ).toEqual(['Amounts are whole minor units (e.g. cents)']);
    expect(updateVariantInputSchema.safeParse({ variantId: 'v1', costPrice: -1 }).success).toBe(
      false,
    );
  });

  it('allows at most three options, distinct names and values, and at most 100 variants', () => {
    const option = (name: string, values: string[]) => ({ name, values });
    const parse = (options: ReturnType<typeof option>[]) =>
      messages(createProductInputSchema.safeParse({ title: 'T', options }));
    expect(parse(['A', 'B', 'C', 'D'].map((n) => option(n, ['1'])))).toEqual([
      'A product can have at most 3 options',
    ]);
    expect(parse([option('Size', ['S']), option('size', ['M'])])).toEqual([
      'Each option name may appear once',
    ]);
    expect(parse([option('Size', ['S', 's'])])).toEqual(['Each value may appear only once']);
    const many = Array.from({ length: 11 }, (_, i) => String(i));
    expect(parse([option('A', many), option('B', many)])).toEqual([
      'These options would make more than 100 variants',
    ]);
  });

  it('bounds strings, handles, tags and percentages', () => {
    expect(createProductInputSchema.safeParse({ title: 'x'.repeat(201) }).success).toBe(false);
    expect(createProductInputSchema.safeParse({ title: 'T', slug: 'Not A Handle' }).success).toBe(
      false,
    );
    expect(createProductInputSchema.safeParse({ title: 'T', tags: ['a,b'] }).success).toBe(false);
    const percent = (percentBps: number) =>
      bulkChangePricesInputSchema.safeParse({ selection: { productIds: ['p1'] }, percentBps })
        .success;
    expect([percent(-9001), percent(-9000), percent(100_000), percent(100_001)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(percent(12.5)).toBe(false);
  });

  it('needs products or a filter for a bulk change, and a parent or null for a move', () => {
    expect(bulkChangePricesInputSchema.safeParse({ selection: {}, percentBps: 100 }).success).toBe(
      false,
    );
    expect(moveCategoryInputSchema.safeParse({ categoryId: 'c1' }).success).toBe(false);
    expect(moveCategoryInputSchema.safeParse({ categoryId: 'c1', parentId: null }).success).toBe(
      true,
    );
  });

  it('caps a CSV import at about 2 MB', () => {
    const csv = 'x'.repeat(MAX_PRODUCT_CSV_LENGTH + 1);
    expect(messages(importProductsCsvInputSchema.safeParse({ csv, mode: 'validate' }))).toEqual([
      'The file is larger than 2 MB; split it into smaller files',
    ]);
  });
});
