import { setProductCategories } from '@storeloom/core';
import { setProductCategoriesInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const setCategories = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(setProductCategoriesInputSchema)
  .mutation(({ ctx, input }) =>
    setProductCategories({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
