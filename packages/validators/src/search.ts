import { z } from 'zod';

import { minorUnitsSchema, slugSchema } from './common.ts';

/** Storefront sort orders. Without a search text, `relevance` lists the newest first. */
export const storefrontSortSchema = z.enum([
  'relevance',
  'price_asc',
  'price_desc',
  'newest',
  'best_selling',
]);
export type StorefrontSort = z.infer<typeof storefrontSortSchema>;

/** Slugs typed into a URL by hand are accepted in any case. */
const caseInsensitiveSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'Must be at least 2 characters')
  .max(48, 'Must be at most 48 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens');

export const optionFilterSchema = z.object({
  name: z.string().trim().min(1, 'Name the option').max(64, 'At most 64 characters'),
  value: z.string().trim().min(1, 'Choose a value').max(128, 'At most 128 characters'),
});
export type OptionFilter = z.infer<typeof optionFilterSchema>;

export const storefrontSearchInputSchema = z
  .object({
    q: z.string().trim().max(200, 'Search for at most 200 characters').optional(),
    /** The category and everything below it. */
    categorySlug: caseInsensitiveSlug.optional(),
    minPrice: minorUnitsSchema.optional(),
    maxPrice: minorUnitsSchema.optional(),
    /** Only products with a variant that can be bought now. */
    inStock: z.boolean().optional(),
    /** Values of one option are alternatives (Size M or L); different options must all hold. */
    options: z.array(optionFilterSchema).max(20, 'At most 20 option filters').optional(),
    sort: storefrontSortSchema.default('relevance'),
    cursor: z.string().max(512, 'Malformed page cursor').optional(),
    limit: z.number().int().min(1).max(60).default(24),
  })
  .refine(
    (input) =>
      input.minPrice === undefined ||
      input.maxPrice === undefined ||
      input.minPrice <= input.maxPrice,
    { message: 'The lowest price cannot be above the highest price', path: ['minPrice'] },
  );
export type StorefrontSearchInput = z.infer<typeof storefrontSearchInputSchema>;

export const storefrontSuggestInputSchema = z.object({
  q: z.string().trim().min(1, 'Type something to search for').max(100, 'At most 100 characters'),
});

export const storefrontProductBySlugInputSchema = z.object({ slug: slugSchema });

export const storefrontCategoryBySlugInputSchema = z.object({ slug: slugSchema });
