import { reorderProductMedia } from '@storeloom/core';
import { reorderProductMediaInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const reorderMedia = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(reorderProductMediaInputSchema)
  .mutation(({ ctx, input }) =>
    reorderProductMedia({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
