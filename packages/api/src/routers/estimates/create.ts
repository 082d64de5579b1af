import { createEstimate } from '@storeloom/core';
import { createEstimateInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const create = merchantProcedure
  .meta({ permission: 'estimates:write' })
  .input(createEstimateInputSchema)
  .mutation(({ ctx, input }) =>
    createEstimate({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
