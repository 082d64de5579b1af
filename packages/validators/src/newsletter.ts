import { z } from 'zod';

import { emailSchema } from './common.ts';

/**
 * Where a signup came from (`footer`, a builder block's id...), kept for the merchant's reports.
 * A short label, never shown as markup.
 */
export const newsletterSourceSchema = z
  .string()
  .trim()
  .min(1, 'Name the source')
  .max(64, 'At most 64 characters')
  .regex(/^[a-z0-9][a-z0-9_-]*$/i, 'Use letters, digits, hyphens and underscores');

export const newsletterSubscribeInputSchema = z.object({
  email: emailSchema,
  source: newsletterSourceSchema.optional(),
});
export type NewsletterSubscribeInput = z.infer<typeof newsletterSubscribeInputSchema>;

/** Tokens are opaque to callers; only their length is bounded here, the domain checks the rest. */
const newsletterTokenSchema = z
  .string({ error: 'The link is missing its token' })
  .trim()
  .min(1, 'The link is missing its token')
  .max(200, 'The link is not valid');

export const newsletterConfirmInputSchema = z.object({ token: newsletterTokenSchema });
export const newsletterUnsubscribeInputSchema = z.object({ token: newsletterTokenSchema });
