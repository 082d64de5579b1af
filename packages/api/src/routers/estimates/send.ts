import { sendEstimate } from '@storeloom/core';
import { estimateIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Marks the estimate sent; answers the public link token once, for the email to the customer. */
export const send = merchantProcedure
  .meta({ permission: 'estimates:write' })
  .input(estimateIdInputSchema)
  .mutation(({ ctx, input }) =>
    sendEstimate({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      estimateId: input.estimateId,
    }),
  );
