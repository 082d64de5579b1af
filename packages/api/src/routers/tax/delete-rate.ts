import { deleteTaxRate } from '@storeloom/core';
import { taxRateIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const deleteRate = merchantProcedure
  .meta({ permission: 'settings:write' })
  .input(taxRateIdInputSchema)
  .mutation(({ ctx, input }) =>
    deleteTaxRate({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      taxRateId: input.taxRateId,
    }),
  );
