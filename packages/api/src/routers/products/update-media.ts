import { updateProductMedia } from '@storeloom/core';
import { updateProductMediaInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const updateMedia = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(updateProductMediaInputSchema)
  .mutation(({ ctx, input }) =>
    updateProductMedia({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
