import { z } from 'zod';

import { emailSchema, idSchema, minorUnitsSchema, nonEmptyText } from './common.ts';

export const estimateStatusSchema = z.enum([
  'draft',
  'sent',
  'accepted',
  'declined',
  'converted',
  'expired',
]);

/** Units, or hours for labour: up to two decimals (2.5 m of fabric, 1.25 h of fitting). */
export const estimateQuantitySchema = z
  .number({ error: 'Expected a quantity' })
  .positive('Quantity must be more than 0')
  .max(100_000, 'Quantity is too large')
  .refine((value) => Number.isInteger(Math.round(value * 100 * 1e6) / 1e6), {
    message: 'Use at most two decimals',
  });

/** Markup over cost in basis points (2500 = 25%). */
export const markupBpsSchema = z
  .number()
  .int('Markup is in whole basis points')
  .min(0, 'Markup cannot be negative')
  .max(1_000_000, 'Markup is too large');

/**
 * One line. For labour, `quantity` is the hours, `unitPrice` the hourly sell rate and `unitCost`
 * the hourly cost. With `markupBps` the sell price follows the cost and `unitPrice` is ignored.
 */
export const estimateItemInputSchema = z
  .object({
    kind: z.enum(['material', 'labour', 'other']),
    variantId: idSchema.optional(),
    name: nonEmptyText(200),
    description: z.string().trim().max(2000, 'At most 2000 characters').optional(),
    quantity: estimateQuantitySchema,
    unitCost: minorUnitsSchema.default(0),
    unitPrice: minorUnitsSchema.optional(),
    markupBps: markupBpsSchema.optional(),
  })
  .refine((item) => item.unitPrice !== undefined || item.markupBps !== undefined, {
    message: 'Give a price or a markup',
    path: ['unitPrice'],
  });
export type EstimateItemInput = z.infer<typeof estimateItemInputSchema>;

const estimateFields = {
  customerId: idSchema.optional(),
  customerName: z.string().trim().min(1, 'Required').max(160, 'At most 160 characters').optional(),
  customerEmail: emailSchema.optional(),
  title: nonEmptyText(200),
  validUntil: z.date().optional(),
  notes: z.string().trim().max(5000, 'At most 5000 characters').optional(),
  terms: z.string().trim().max(5000, 'At most 5000 characters').optional(),
  /** Deposit asked on acceptance, in basis points of the total (3000 = 30%). */
  depositBps: z.number().int().min(1, 'Deposit must be more than 0').max(10_000).optional(),
  items: z.array(estimateItemInputSchema).max(200, 'Too many lines'),
};

export const createEstimateInputSchema = z.object(estimateFields);
export type CreateEstimateInput = z.infer<typeof createEstimateInputSchema>;

/** Replaces the estimate's fields and lines; fields left out are cleared (a form saves it whole). */
export const updateEstimateInputSchema = z.object({ estimateId: idSchema, ...estimateFields });
export type UpdateEstimateInput = z.infer<typeof updateEstimateInputSchema>;

export const listEstimatesInputSchema = z.object({
  status: estimateStatusSchema.optional(),
  customerId: idSchema.optional(),
  /** An estimate number, or part of the title, customer name or email. */
  search: z.string().trim().max(120, 'At most 120 characters').optional(),
  cursor: idSchema.optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ListEstimatesInput = z.infer<typeof listEstimatesInputSchema>;

export const estimateIdInputSchema = z.object({ estimateId: idSchema });

/** The public link's token, as mailed to the customer. */
export const estimateTokenInputSchema = z.object({
  token: z.string().trim().min(1, 'Malformed link').max(128, 'Malformed link'),
});
