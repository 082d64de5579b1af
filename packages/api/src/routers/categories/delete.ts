import { deleteCategory } from '@storeloom/core';
import { categoryIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const remove = merchantProcedure
  .meta({ permission: 'categories:write' })
  .input(categoryIdInputSchema)
  .mutation(({ ctx, input }) =>
    deleteCategory({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
