import { z } from 'zod';

import { idSchema, nonEmptyText } from './common.ts';
import { lineQuantitySchema, orderItemQuantitiesSchema, refundAmountsSchema } from './orders.ts';

export const returnStatusSchema = z.enum([
  'requested',
  'approved',
  'rejected',
  'received',
  'refunded',
  'cancelled',
]);

/** A shopper asks to send back delivered items of one of their orders. */
export const requestReturnInputSchema = z.object({
  orderId: idSchema,
  items: orderItemQuantitiesSchema,
  reason: nonEmptyText(200),
  note: z.string().trim().max(2000, 'At most 2000 characters').optional(),
});
export type RequestReturnInput = z.infer<typeof requestReturnInputSchema>;

export const listReturnsInputSchema = z.object({
  status: returnStatusSchema.optional(),
  cursor: idSchema.optional(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const returnIdInputSchema = z.object({ returnId: idSchema });

export const approveReturnInputSchema = z.object({
  returnId: idSchema,
  note: z.string().trim().max(2000, 'At most 2000 characters').optional(),
});

export const rejectReturnInputSchema = z.object({
  returnId: idSchema,
  reason: nonEmptyText(500),
});

/** Approving as an exchange: the replacement variants the shopper gets instead. */
export const approveExchangeInputSchema = z.object({
  returnId: idSchema,
  items: z
    .array(z.object({ variantId: idSchema, quantity: lineQuantitySchema }))
    .min(1, 'Choose at least one replacement')
    .max(50, 'Too many replacements')
    .refine(
      (items) => new Set(items.map((item) => item.variantId)).size === items.length,
      'List each replacement once',
    ),
  note: z.string().trim().max(2000, 'At most 2000 characters').optional(),
});

/** The parcel arrived. Lines are restocked unless listed with `restock: false`. */
export const receiveReturnInputSchema = z.object({
  returnId: idSchema,
  restock: z.boolean().default(true),
  items: z
    .array(
      z.object({
        orderItemId: idSchema,
        restock: z.boolean(),
        condition: z.string().trim().max(200, 'At most 200 characters').optional(),
      }),
    )
    .max(200, 'Too many items')
    .optional(),
  locationId: idSchema.optional(),
});
export type ReceiveReturnInput = z.infer<typeof receiveReturnInputSchema>;

export const refundReturnInputSchema = refundAmountsSchema.extend({ returnId: idSchema });
