import { randomUUID } from 'node:crypto';
import type { UnscopedClient } from '@storeloom/db/unscoped';
import { storeIdOf } from './e2e-database';

export interface FailedWorkflowRun {
  runId: string;
  /** The message the run and its failed step carry. */
  error: string;
}

/**
 * A run that completed one step and failed at the second, as the local runner records it.
 * `functionId` should be one no workflow function has: the runner only claims runs of functions
 * it knows, so after a retry the run stays `running` for the spec to see, instead of racing a
 * real execution.
 */
export async function createFailedWorkflowRun(
  db: UnscopedClient,
  options: { storeSlug: string; functionId: string; failedStep: string; error: string },
): Promise<FailedWorkflowRun> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const key = randomUUID();
  const error = { name: 'Error', message: options.error };
  const run = await db.workflowRun.create({
    data: {
      tenantId,
      functionId: options.functionId,
      eventName: 'order/placed',
      event: { id: key, name: 'order/placed', data: { tenantId }, ts: Date.now() },
      status: 'failed',
      error,
      finishedAt: new Date(),
      idempotencyKey: `e2e:${key}`,
      steps: {
        create: [
          { tenantId, stepId: 'load-order', hashedId: `${key}-1`, data: {}, position: 0 },
          { tenantId, stepId: options.failedStep, hashedId: `${key}-2`, error, position: 1 },
        ],
      },
    },
    select: { id: true },
  });
  return { runId: run.id, error: options.error };
}
