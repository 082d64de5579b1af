import { listProducts } from '@storeloom/core';
import { listProductsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const list = merchantProcedure
  .meta({ permission: 'products:read' })
  .input(listProductsInputSchema)
  .query(({ ctx, input }) =>
    listProducts({
      db: ctx.db,
      filter: { status: input.status, categoryId: input.categoryId, q: input.q },
      sort: input.sort,
      limit: input.limit,
      cursor: input.cursor,
    }),
  );
