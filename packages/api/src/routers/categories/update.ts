import { updateCategory } from '@storeloom/core';
import { updateCategoryInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const update = merchantProcedure
  .meta({ permission: 'categories:write' })
  .input(updateCategoryInputSchema)
  .mutation(({ ctx, input }) =>
    updateCategory({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
