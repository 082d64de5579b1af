import { listWorkflowRuns } from '@storeloom/core';
import { listWorkflowRunsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const listRuns = merchantProcedure
  .meta({ permission: 'orders:read' })
  .input(listWorkflowRunsInputSchema)
  .query(({ ctx, input }) => listWorkflowRuns({ db: ctx.db, ...input }));
