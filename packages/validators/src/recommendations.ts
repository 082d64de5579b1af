import { z } from 'zod';

import { idSchema, slugSchema } from './common.ts';

/** Most a product page shows in one recommendation row. */
export const MAX_RECOMMENDATIONS = 12;

/**
 * The product recommendations are for, by id or by slug. Both may be given (a page that knows
 * both); then they must name the same product.
 */
export const productRecommendationsInputSchema = z
  .object({
    productId: idSchema.optional(),
    slug: slugSchema.optional(),
    limit: z
      .number({ error: 'Expected a number of products' })
      .int('Ask for a whole number of products')
      .min(1, 'Ask for at least 1 product')
      .max(MAX_RECOMMENDATIONS, `At most ${MAX_RECOMMENDATIONS} products`)
      .default(8),
  })
  .refine((input) => input.productId !== undefined || input.slug !== undefined, {
    message: 'Name the product by its id or its slug',
    path: ['productId'],
  });
export type ProductRecommendationsInput = z.infer<typeof productRecommendationsInputSchema>;
