import { updateEstimate } from '@storeloom/core';
import { updateEstimateInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Saves the whole estimate; a sent one goes back to draft and its link stops working. */
export const update = merchantProcedure
  .meta({ permission: 'estimates:write' })
  .input(updateEstimateInputSchema)
  .mutation(({ ctx, input }) =>
    updateEstimate({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
