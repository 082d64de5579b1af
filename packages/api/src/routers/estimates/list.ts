import { listEstimates } from '@storeloom/core';
import { listEstimatesInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const list = merchantProcedure
  .meta({ permission: 'estimates:read' })
  .input(listEstimatesInputSchema)
  .query(({ ctx, input }) => listEstimates({ db: ctx.db, ...input }));
