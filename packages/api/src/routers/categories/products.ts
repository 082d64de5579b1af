import { listProducts } from '@storeloom/core';
import { categoryProductsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** The products of a category and all its subcategories, paged like the product list. */
export const products = merchantProcedure
  .meta({ permission: 'products:read' })
  .input(categoryProductsInputSchema)
  .query(({ ctx, input }) =>
    listProducts({
      db: ctx.db,
      filter: { categoryId: input.categoryId, status: input.status },
      sort: input.sort,
      limit: input.limit,
      cursor: input.cursor,
    }),
  );
