import { retryWorkflowRun } from '@storeloom/core';
import { workflowRunIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

// Re-running a workflow repeats its outside effects (emails, captures), so it takes the order
// desk's write permission rather than read.
export const retryRun = merchantProcedure
  .meta({ permission: 'orders:write' })
  .input(workflowRunIdInputSchema)
  .mutation(({ ctx, input }) =>
    retryWorkflowRun({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, runId: input.runId }),
  );
