import { z } from 'zod';

import { addressSchema, emailSchema, idSchema } from './common.ts';

export const checkoutIdInputSchema = z.object({ checkoutId: idSchema });

export const setCheckoutContactInputSchema = z.object({
  checkoutId: idSchema,
  email: emailSchema,
  phone: z.string().trim().max(32, 'At most 32 characters').optional(),
  note: z.string().trim().max(1000, 'At most 1000 characters').optional(),
});

/** A new address, or `addressId` from the signed-in shopper's address book (one of the two). */
export const setCheckoutShippingAddressInputSchema = z.object({
  checkoutId: idSchema,
  address: addressSchema.optional(),
  addressId: idSchema.optional(),
});

/** As for shipping, or `sameAsShipping: true`. */
export const setCheckoutBillingAddressInputSchema = setCheckoutShippingAddressInputSchema.extend({
  sameAsShipping: z.boolean().optional(),
});

export const setCheckoutShippingTierInputSchema = z.object({
  checkoutId: idSchema,
  tierCode: z.string().trim().min(1, 'Choose a delivery option').max(32, 'At most 32 characters'),
});

export const paymentProviderSchema = z.enum(['manual', 'stripe', 'paypal']);
export type PaymentProviderCode = z.infer<typeof paymentProviderSchema>;

export const setCheckoutPaymentMethodInputSchema = z.object({
  checkoutId: idSchema,
  provider: paymentProviderSchema,
});

/** An order the shopper placed at checkout: its confirmation and invoice. */
export const checkoutOrderInputSchema = z.object({ orderId: idSchema });
