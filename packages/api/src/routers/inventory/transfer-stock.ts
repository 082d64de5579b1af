import { transferStock as moveStock } from '@storeloom/core';
import { transferStockInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const transferStock = merchantProcedure
  .meta({ permission: 'inventory:write' })
  .input(transferStockInputSchema)
  .mutation(({ ctx, input }) =>
    moveStock({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
