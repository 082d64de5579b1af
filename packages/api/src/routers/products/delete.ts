import { deleteProduct } from '@storeloom/core';
import { productIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const remove = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(productIdInputSchema)
  .mutation(({ ctx, input }) =>
    deleteProduct({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
