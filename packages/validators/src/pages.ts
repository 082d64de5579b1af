import { z } from 'zod';

import { slugSchema } from './common.ts';

/** A published page by its address, `/pages/<slug>`. */
export const storefrontPageBySlugInputSchema = z.object({ slug: slugSchema });
export type StorefrontPageBySlugInput = z.infer<typeof storefrontPageBySlugInputSchema>;

/** The most a page block lists (products in a grid, categories in a list). */
export const MAX_BLOCK_ITEMS = 24;

/** Product and category handles as blocks store them; hand-typed ones are accepted in any case. */
const blockHandle = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Required')
  .max(120, 'At most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens');

/** Category tiles for a category-list block: chosen categories, or the top-level ones. */
export const storefrontCategoryTilesInputSchema = z.object({
  categorySlugs: z
    .array(blockHandle)
    .max(MAX_BLOCK_ITEMS, `At most ${String(MAX_BLOCK_ITEMS)} categories`)
    .default([]),
  limit: z.number().int().min(1).max(MAX_BLOCK_ITEMS).default(6),
});
export type StorefrontCategoryTilesInput = z.infer<typeof storefrontCategoryTilesInputSchema>;

/** Product cards for a product grid of hand-picked products, in the order given. */
export const storefrontProductCardsInputSchema = z.object({
  slugs: z
    .array(blockHandle)
    .min(1, 'Choose at least one product')
    .max(MAX_BLOCK_ITEMS, `At most ${String(MAX_BLOCK_ITEMS)} products`),
});
export type StorefrontProductCardsInput = z.infer<typeof storefrontProductCardsInputSchema>;
