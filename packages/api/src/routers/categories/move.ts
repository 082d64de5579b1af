import { moveCategory } from '@storeloom/core';
import { moveCategoryInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const move = merchantProcedure
  .meta({ permission: 'categories:write' })
  .input(moveCategoryInputSchema)
  .mutation(({ ctx, input }) =>
    moveCategory({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
