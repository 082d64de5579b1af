import { getProduct } from '@storeloom/core';
import { productIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const get = merchantProcedure
  .meta({ permission: 'products:read' })
  .input(productIdInputSchema)
  .query(({ ctx, input }) => getProduct({ db: ctx.db, productId: input.productId }));
