import { z } from 'zod';

import { productSelectionSchema } from './catalog.ts';

/** The product CSV columns, in order. Import requires exactly this header. */
export const productCsvColumns = [
  'handle',
  'title',
  'status',
  'vendor',
  'product_type',
  'tags',
  'category_slugs',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'option3_name',
  'option3_value',
  'sku',
  'price',
  'compare_at_price',
  'cost_price',
  'weight_grams',
  'barcode',
  'stock',
] as const;
export type ProductCsvColumn = (typeof productCsvColumns)[number];

/** About 2 MB of text: large catalogues are imported in several files. */
export const MAX_PRODUCT_CSV_LENGTH = 2_000_000;

export const importProductsCsvInputSchema = z.object({
  csv: z
    .string()
    .min(1, 'The file is empty')
    .max(MAX_PRODUCT_CSV_LENGTH, 'The file is larger than 2 MB; split it into smaller files'),
  /** `validate` only reports; `apply` writes, and only when no row is rejected. */
  mode: z.enum(['validate', 'apply']),
});
export type ImportProductsCsvInput = z.infer<typeof importProductsCsvInputSchema>;

/** Export everything when no selection is given. */
export const exportProductsCsvInputSchema = z.object({
  selection: productSelectionSchema.optional(),
});

export interface ProductCsvRejection {
  /** 1-based line of the record in the file (the header is row 1). */
  row: number;
  column?: ProductCsvColumn;
  message: string;
}

/**
 * What the import does with one row: its product is created or updated (in `validate` mode, or
 * when another row is rejected: would be), or the row is rejected (see `rejected` for why).
 */
export interface ProductCsvLine {
  row: number;
  /** Null when the row could not be read far enough to tell. */
  handle: string | null;
  sku: string | null;
  outcome: 'create' | 'update' | 'reject';
}

export interface ProductCsvReport {
  mode: 'validate' | 'apply';
  /** Data rows read (the header excluded). */
  rows: number;
  /** Products created and updated (in `validate` mode: that would be). */
  created: number;
  updated: number;
  rejected: ProductCsvRejection[];
  /** Every row with a rejection or a product, in file order, for a row-by-row report. */
  lines: ProductCsvLine[];
  /** True when the import was written. */
  applied: boolean;
}
