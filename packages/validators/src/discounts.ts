import { z } from 'zod';

import { currencySchema, idSchema, minorUnitsSchema, nonEmptyText } from './common.ts';

/** A code as the merchant sets it: stored upper-case, matched in any case at checkout. */
export const newDiscountCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(3, 'A code has at least 3 characters')
  .max(32, 'A code has at most 32 characters')
  .regex(/^[A-Z0-9_-]+$/, 'Use letters, digits, hyphens and underscores');

export const discountKindSchema = z.enum(['percentage', 'fixed_amount', 'free_shipping']);
export const discountMethodSchema = z.enum(['automatic', 'code']);
export const discountScopeSchema = z.enum(['all', 'products', 'categories']);

const countLimit = z
  .number()
  .int('Limits are whole numbers')
  .min(1, 'A limit is at least 1')
  .max(1_000_000_000);

const discountFields = {
  title: nonEmptyText(120),
  method: discountMethodSchema,
  /** Required for code discounts; automatic discounts have none. */
  code: newDiscountCodeSchema.nullable(),
  kind: discountKindSchema,
  /** Percentages in basis points (1..10000); fixed amounts in minor units; unused for free shipping. */
  value: z
    .number({ error: 'Expected a number' })
    .int('Use whole basis points or minor units')
    .min(0, 'The value cannot be negative')
    .max(1_000_000_000, 'The value is too large'),
  /** Fixed amounts are in the store currency; given here only to confirm it. */
  currency: currencySchema.nullable(),
  scope: discountScopeSchema,
  productIds: z.array(idSchema).max(500, 'At most 500 products'),
  categoryIds: z.array(idSchema).max(100, 'At most 100 categories'),
  minSubtotal: minorUnitsSchema.nullable(),
  startsAt: z.date().nullable(),
  endsAt: z.date().nullable(),
  usageLimit: countLimit.nullable(),
  perCustomerLimit: countLimit.nullable(),
  combinesWithDiscounts: z.boolean(),
  combinesWithShipping: z.boolean(),
  isActive: z.boolean(),
};

export const createDiscountInputSchema = z.object({
  ...discountFields,
  code: discountFields.code.default(null),
  value: discountFields.value.default(0),
  currency: discountFields.currency.default(null),
  scope: discountFields.scope.default('all'),
  productIds: discountFields.productIds.default([]),
  categoryIds: discountFields.categoryIds.default([]),
  minSubtotal: discountFields.minSubtotal.default(null),
  startsAt: discountFields.startsAt.default(null),
  endsAt: discountFields.endsAt.default(null),
  usageLimit: discountFields.usageLimit.default(null),
  perCustomerLimit: discountFields.perCustomerLimit.default(null),
  combinesWithDiscounts: discountFields.combinesWithDiscounts.default(false),
  combinesWithShipping: discountFields.combinesWithShipping.default(true),
  isActive: discountFields.isActive.default(true),
});
export type CreateDiscountInput = z.infer<typeof createDiscountInputSchema>;

export const updateDiscountInputSchema = z.object({
  discountId: idSchema,
  ...z.object(discountFields).partial().shape,
});
export type UpdateDiscountInput = z.infer<typeof updateDiscountInputSchema>;

export const discountIdInputSchema = z.object({ discountId: idSchema });
export type DiscountIdInput = z.infer<typeof discountIdInputSchema>;

export const discountStatusSchema = z.enum(['all', 'active', 'scheduled', 'expired', 'inactive']);
export type DiscountStatus = z.infer<typeof discountStatusSchema>;

export const listDiscountsInputSchema = z.object({
  search: z.string().trim().max(100, 'At most 100 characters').optional(),
  status: discountStatusSchema.default('all'),
  cursor: idSchema.optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ListDiscountsInput = z.infer<typeof listDiscountsInputSchema>;
