import { z } from 'zod';

import { addressSchema, emailSchema, idSchema, paginationSchema } from './common.ts';

/** New passwords: long enough to resist guessing, bounded so hashing cannot be abused. */
export const customerPasswordSchema = z
  .string({ error: 'Enter a password' })
  .min(10, 'Use at least 10 characters')
  .max(200, 'Use at most 200 characters');

const optionalName = z.string().trim().max(80, 'At most 80 characters').optional();

export const customerSignUpInputSchema = z.object({
  email: emailSchema,
  password: customerPasswordSchema,
  firstName: optionalName,
  lastName: optionalName,
  acceptsMarketing: z.boolean().optional(),
});
export type CustomerSignUpInput = z.infer<typeof customerSignUpInputSchema>;

export const customerSignInInputSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(200, 'Use at most 200 characters'),
});

/** An address book entry: the postal address plus whether it is a default. */
export const customerAddressInputSchema = addressSchema.extend({
  isDefaultShipping: z.boolean().optional(),
  isDefaultBilling: z.boolean().optional(),
});
export type CustomerAddressInput = z.infer<typeof customerAddressInputSchema>;

export const updateCustomerAddressInputSchema = customerAddressInputSchema.extend({
  addressId: idSchema,
});

export const customerAddressIdInputSchema = z.object({ addressId: idSchema });

export const defaultAddressKindSchema = z.enum(['shipping', 'billing']);
export type DefaultAddressKind = z.infer<typeof defaultAddressKindSchema>;

export const setDefaultCustomerAddressInputSchema = z.object({
  addressId: idSchema,
  kind: defaultAddressKindSchema,
});

export const listCustomerOrdersInputSchema = paginationSchema.extend({
  limit: z.number().int().min(1).max(50).default(10),
});

export const customerOrderIdInputSchema = z.object({ orderId: idSchema });

/** The one-time token of an emailed link (password reset, magic link), as it arrives in the URL. */
export const customerLinkTokenSchema = z
  .string({ error: 'This link is incomplete. Open it from the email again.' })
  .trim()
  .min(1, 'This link is incomplete. Open it from the email again.')
  .max(128, 'This link is not valid. Ask for a new one.');

/** Asking for an emailed link: the same answer whether or not the email has an account. */
export const customerEmailLinkRequestSchema = z.object({ email: emailSchema });

export const resetCustomerPasswordInputSchema = z.object({
  token: customerLinkTokenSchema,
  password: customerPasswordSchema,
});

export const customerMagicLinkSignInInputSchema = z.object({ token: customerLinkTokenSchema });
