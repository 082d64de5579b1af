import { z } from 'zod';

import { idSchema } from './common.ts';

/** Merchant-side customer list orders: newest accounts, highest lifetime value, most orders. */
export const customerListSortSchema = z.enum(['newest', 'lifetime_value', 'order_count']);
export type CustomerListSort = z.infer<typeof customerListSortSchema>;

export const listCustomersInputSchema = z.object({
  /** Part of an email address or a name. */
  q: z.string().trim().max(200, 'Search for at most 200 characters').optional(),
  sort: customerListSortSchema.default('newest'),
  cursor: z.string().max(512, 'Malformed page cursor').optional(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const getCustomerInputSchema = z.object({ customerId: idSchema });

export const customerTagSchema = z
  .string()
  .trim()
  .min(1, 'Tags cannot be empty')
  .max(40, 'A tag has at most 40 characters');

/** The merchant's own notes on a customer; omitted fields stay as they are, null clears the note. */
export const updateCustomerInputSchema = z.object({
  customerId: idSchema,
  note: z.string().trim().max(5000, 'A note has at most 5000 characters').nullable().optional(),
  tags: z.array(customerTagSchema).max(50, 'At most 50 tags').optional(),
});
export type UpdateCustomerInput = z.infer<typeof updateCustomerInputSchema>;
