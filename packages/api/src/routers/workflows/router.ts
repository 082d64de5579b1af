import { createTRPCRouter } from '../../trpc.ts';
import { countRuns } from './count-runs.ts';
import { getRun } from './get-run.ts';
import { listRuns } from './list-runs.ts';
import { retryRun } from './retry-run.ts';

export const workflowsRouter = createTRPCRouter({
  runs: createTRPCRouter({ list: listRuns, counts: countRuns, get: getRun, retry: retryRun }),
});
