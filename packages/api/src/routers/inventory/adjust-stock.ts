import { adjustStock as adjustStockLevel } from '@storeloom/core';
import { adjustStockInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const adjustStock = merchantProcedure
  .meta({ permission: 'inventory:write' })
  .input(adjustStockInputSchema)
  .mutation(({ ctx, input }) =>
    adjustStockLevel({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
