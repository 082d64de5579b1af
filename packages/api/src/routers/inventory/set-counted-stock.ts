import { setCountedStock as recordStockCount } from '@storeloom/core';
import { setCountedStockInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const setCountedStock = merchantProcedure
  .meta({ permission: 'inventory:write' })
  .input(setCountedStockInputSchema)
  .mutation(({ ctx, input }) =>
    recordStockCount({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
