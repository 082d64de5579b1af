import { updateTaxRate } from '@storeloom/core';
import { updateTaxRateInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const updateRate = merchantProcedure
  .meta({ permission: 'settings:write' })
  .input(updateTaxRateInputSchema)
  .mutation(({ ctx, input }) =>
    updateTaxRate({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, input }),
  );
