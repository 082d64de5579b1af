import { createTaxRate } from '@storeloom/core';
import { createTaxRateInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const createRate = merchantProcedure
  .meta({ permission: 'settings:write' })
  .input(createTaxRateInputSchema)
  .mutation(({ ctx, input }) =>
    createTaxRate({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, input }),
  );
