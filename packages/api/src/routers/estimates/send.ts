import { sendEstimateToCustomer } from '@storeloom/core';
import { estimateIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/**
 * Marks the estimate sent and emails the customer its link (`estimate_sent`); answers the link
 * token once and what became of the email.
 */
export const send = merchantProcedure
  .meta({ permission: 'estimates:write' })
  .input(estimateIdInputSchema)
  .mutation(({ ctx, input }) =>
    sendEstimateToCustomer({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      estimateId: input.estimateId,
    }),
  );
