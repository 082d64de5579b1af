import { updateProduct } from '@storeloom/core';
import { updateProductInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const update = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(updateProductInputSchema)
  .mutation(({ ctx, input }) =>
    updateProduct({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
