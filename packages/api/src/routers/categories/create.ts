import { createCategory } from '@storeloom/core';
import { createCategoryInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const create = merchantProcedure
  .meta({ permission: 'categories:write' })
  .input(createCategoryInputSchema)
  .mutation(({ ctx, input }) =>
    createCategory({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
