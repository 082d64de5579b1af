import { z } from 'zod';

import { countrySchema, idSchema } from './common.ts';

/** Units of one variant in a cart line. Zero is not a quantity: removing a line is its own call. */
export const cartQuantitySchema = z
  .number({ error: 'Enter a quantity' })
  .int('Quantities are whole numbers')
  .min(1, 'The quantity must be at least 1; remove the item instead')
  .max(999, 'At most 999 of one item per order');

/**
 * A quantity as typed into the cart's quantity box. Zero is refused like any other quantity
 * below 1 (the Remove button takes a line out), so a slip of the keyboard never empties a line.
 */
export const cartQuantityTextSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter a quantity', abort: true })
  .regex(/^[+-]?\d+(?:\.\d+)?$/, 'Enter a number, like 2')
  .transform(Number)
  .pipe(cartQuantitySchema);

export const cartLineInputSchema = z.object({ variantId: idSchema, quantity: cartQuantitySchema });
export type CartLineInput = z.infer<typeof cartLineInputSchema>;

export const removeCartLineInputSchema = z.object({ variantId: idSchema });

export const discountCodeSchema = z
  .string({ error: 'Enter a code' })
  .trim()
  .min(1, 'Enter a code')
  .max(64, 'At most 64 characters');

export const cartDiscountCodeInputSchema = z.object({ code: discountCodeSchema });

/**
 * Enough of an address to find the shipping zone and its rates, and optionally the delivery
 * option to total the cart with (the first one offered otherwise).
 */
export const estimateShippingInputSchema = z.object({
  country: countrySchema,
  region: z.string().trim().toUpperCase().max(8, 'At most 8 characters').optional(),
  postalCode: z.string().trim().max(16, 'At most 16 characters').optional(),
  tierCode: z
    .string()
    .trim()
    .min(1, 'Choose a delivery option')
    .max(32, 'At most 32 characters')
    .optional(),
});
export type EstimateShippingInput = z.infer<typeof estimateShippingInputSchema>;
