import { reorderCategories } from '@storeloom/core';
import { reorderCategoriesInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const reorder = merchantProcedure
  .meta({ permission: 'categories:write' })
  .input(reorderCategoriesInputSchema)
  .mutation(({ ctx, input }) =>
    reorderCategories({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
