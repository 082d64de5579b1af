import { createTRPCRouter } from '../../trpc.ts';
import { getRun } from './get-run.ts';
import { listRuns } from './list-runs.ts';
import { retryRun } from './retry-run.ts';

export const workflowsRouter = createTRPCRouter({
  runs: createTRPCRouter({ list: listRuns, get: getRun, retry: retryRun }),
});
