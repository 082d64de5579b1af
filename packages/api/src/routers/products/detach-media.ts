import { detachProductMedia } from '@storeloom/core';
import { productMediaInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const detachMedia = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(productMediaInputSchema)
  .mutation(({ ctx, input }) =>
    detachProductMedia({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
