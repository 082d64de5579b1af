import { z } from 'zod';

import { idSchema } from './common.ts';

/**
 * The anonymous visitor cookie: a random id the storefront sets once per browser, so storefront
 * events of one visit can be told apart without an account. httpOnly; never tied to a person.
 */
export const VISITOR_COOKIE = 'storeloom_visitor';
export const VISITOR_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** What a visitor cookie must look like to be used; anything else is treated as absent. */
export const visitorIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Malformed visitor id');

/** Events a storefront page reports itself; cart, checkout and purchase events are recorded by the API. */
export const pageEventTypeSchema = z.enum(['page_view', 'product_view', 'search']);
export type PageEventType = z.infer<typeof pageEventTypeSchema>;

const pageUrlSchema = z
  .url({ protocol: /^https?$/, error: 'Expected an http(s) URL' })
  .max(2048, 'At most 2048 characters');

/**
 * A page event. The store, the customer and the visit come from the request, never from here;
 * product and variant ids are checked against the store before anything is stored.
 */
export const recordPageEventInputSchema = z
  .object({
    type: pageEventTypeSchema,
    productId: idSchema.optional(),
    variantId: idSchema.optional(),
    /** The page's address; only its path and query are kept. */
    url: pageUrlSchema.optional(),
    referrer: pageUrlSchema.optional(),
    /** The search text, for `search` events. */
    query: z.string().trim().max(200, 'Search for at most 200 characters').optional(),
  })
  .superRefine((input, issues) => {
    if (input.type === 'product_view' && input.productId === undefined) {
      issues.addIssue({
        code: 'custom',
        message: 'A product view names its product',
        path: ['productId'],
      });
    }
    if (input.type === 'search' && (input.query === undefined || input.query === '')) {
      issues.addIssue({ code: 'custom', message: 'A search names its text', path: ['query'] });
    }
    if (input.variantId !== undefined && input.productId === undefined) {
      issues.addIssue({
        code: 'custom',
        message: 'A variant is given with its product',
        path: ['productId'],
      });
    }
  });
export type RecordPageEventInput = z.infer<typeof recordPageEventInputSchema>;
