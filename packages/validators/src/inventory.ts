import { z } from 'zod';

import { idSchema, nonEmptyText, paginationSchema } from './common.ts';

/** Most units a single stock operation may move; far above any real shelf, far below int overflow. */
export const MAX_STOCK_UNITS = 1_000_000;

/** A count of units moved (reserved, transferred, restocked): a whole number of at least 1. */
export const stockQuantitySchema = z
  .number({ error: 'Expected a quantity' })
  .int('Quantities are whole units')
  .min(1, 'Quantity must be at least 1')
  .max(MAX_STOCK_UNITS, `Quantity must be at most ${MAX_STOCK_UNITS}`);

/** Units physically counted on a shelf: zero or more. */
export const onHandCountSchema = z
  .number({ error: 'Expected a count' })
  .int('Counts are whole units')
  .min(0, 'A count cannot be negative')
  .max(MAX_STOCK_UNITS, `A count must be at most ${MAX_STOCK_UNITS}`);

export const locationCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Required')
  .max(32, 'At most 32 characters')
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'Use letters, digits, and single hyphens or underscores');

const stockNoteSchema = z.string().trim().max(500, 'At most 500 characters');

export const createInventoryLocationInputSchema = z.object({
  name: nonEmptyText(80),
  code: locationCodeSchema,
});

export const updateInventoryLocationInputSchema = z.object({
  locationId: idSchema,
  name: nonEmptyText(80).optional(),
  code: locationCodeSchema.optional(),
  /** Makes this the default location; a store always has exactly one, so there is no `false`. */
  isDefault: z
    .literal(true, { error: 'Choose another location to be the default instead' })
    .optional(),
});

export const inventoryLocationInputSchema = z.object({ locationId: idSchema });

export const listStockLevelsInputSchema = paginationSchema.extend({
  locationId: idSchema.optional(),
  /** Matches product titles and SKUs. */
  search: z.string().trim().max(100, 'At most 100 characters').optional(),
  lowStockOnly: z.boolean().default(false),
});

export const adjustStockReasonSchema = z.enum(['received', 'adjustment', 'correction']);

export const adjustStockInputSchema = z
  .object({
    variantId: idSchema,
    locationId: idSchema,
    /** Units added (positive) or removed (negative). */
    delta: z
      .number({ error: 'Expected a change in units' })
      .int('Stock changes are whole units')
      .min(-MAX_STOCK_UNITS, `At most ${MAX_STOCK_UNITS} units at once`)
      .max(MAX_STOCK_UNITS, `At most ${MAX_STOCK_UNITS} units at once`)
      .refine((delta) => delta !== 0, 'A change of zero units does nothing'),
    reason: adjustStockReasonSchema.default('adjustment'),
    note: stockNoteSchema.optional(),
  })
  .refine((input) => input.reason !== 'received' || input.delta > 0, {
    message: 'Received stock adds units; record removals as an adjustment or correction',
    path: ['delta'],
  });

export const setCountedStockInputSchema = z.object({
  variantId: idSchema,
  locationId: idSchema,
  onHand: onHandCountSchema,
  note: stockNoteSchema.optional(),
});

export const transferStockInputSchema = z.object({
  variantId: idSchema,
  fromLocationId: idSchema,
  toLocationId: idSchema,
  quantity: stockQuantitySchema,
  note: stockNoteSchema.optional(),
});

export const listInventoryLedgerInputSchema = paginationSchema.extend({
  variantId: idSchema,
  locationId: idSchema.optional(),
});

export const setLowStockThresholdInputSchema = z.object({
  variantId: idSchema,
  /** Availability at or below which the variant counts as low; null turns the warning off. */
  lowStockThreshold: onHandCountSchema.nullable(),
});

export type AdjustStockReason = z.infer<typeof adjustStockReasonSchema>;
export type ListStockLevelsInput = z.infer<typeof listStockLevelsInputSchema>;
export type ListInventoryLedgerInput = z.infer<typeof listInventoryLedgerInputSchema>;
