import { convertEstimate } from '@storeloom/core';
import { estimateIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** An accepted estimate becomes an order awaiting payment, with its costs kept. */
export const convert = merchantProcedure
  .meta({ permission: 'estimates:write' })
  .input(estimateIdInputSchema)
  .mutation(({ ctx, input }) =>
    convertEstimate({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      estimateId: input.estimateId,
    }),
  );
