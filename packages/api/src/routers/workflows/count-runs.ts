import { countWorkflowRunsByStatus } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

/** Runs per status, for the counts on the run history's filter tabs. */
export const countRuns = merchantProcedure
  .meta({ permission: 'orders:read' })
  .query(({ ctx }) => countWorkflowRunsByStatus({ db: ctx.db }));
