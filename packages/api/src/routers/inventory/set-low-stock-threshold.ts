import { setLowStockThreshold as updateLowStockThreshold } from '@storeloom/core';
import { setLowStockThresholdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const setLowStockThreshold = merchantProcedure
  .meta({ permission: 'inventory:write' })
  .input(setLowStockThresholdInputSchema)
  .mutation(({ ctx, input }) =>
    updateLowStockThreshold({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
