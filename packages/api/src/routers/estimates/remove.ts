import { deleteEstimate } from '@storeloom/core';
import { estimateIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const remove = merchantProcedure
  .meta({ permission: 'estimates:write' })
  .input(estimateIdInputSchema)
  .mutation(({ ctx, input }) =>
    deleteEstimate({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      estimateId: input.estimateId,
    }),
  );
