import { createProduct } from '@storeloom/core';
import { createProductInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const create = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(createProductInputSchema)
  .mutation(({ ctx, input }) =>
    createProduct({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
