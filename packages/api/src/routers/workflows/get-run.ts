import { getWorkflowRun } from '@storeloom/core';
import { workflowRunIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const getRun = merchantProcedure
  .meta({ permission: 'orders:read' })
  .input(workflowRunIdInputSchema)
  .query(({ ctx, input }) => getWorkflowRun({ db: ctx.db, runId: input.runId }));
