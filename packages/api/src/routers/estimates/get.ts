import { getEstimate } from '@storeloom/core';
import { estimateIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const get = merchantProcedure
  .meta({ permission: 'estimates:read' })
  .input(estimateIdInputSchema)
  .query(({ ctx, input }) => getEstimate({ db: ctx.db, estimateId: input.estimateId }));
