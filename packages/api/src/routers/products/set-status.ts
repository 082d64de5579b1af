import { setProductStatus } from '@storeloom/core';
import { setProductStatusInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const setStatus = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(setProductStatusInputSchema)
  .mutation(({ ctx, input }) =>
    setProductStatus({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
