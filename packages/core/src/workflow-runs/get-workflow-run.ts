import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import {
  errorMessageOf,
  toWorkflowRunSummary,
  workflowRunListSelect,
} from './workflow-run-view.ts';

/** A step is pending (a sleep or a wait that has not ended) until it gets a place in the run. */
function stepStatus(
  step: { position: number; error: unknown },
  runStatus: string,
): 'completed' | 'failed' | 'sleeping' | 'waiting' {
  if (step.position < 0) return runStatus === 'sleeping' ? 'sleeping' : 'waiting';
  return step.error === null ? 'completed' : 'failed';
}

/** One run of the store with its steps in the order they ran; pending steps come last. */
export async function getWorkflowRun({ db, runId }: { db: TenantClient; runId: string }) {
  const run = await db.workflowRun.findFirst({
    where: { id: runId },
    select: {
      ...workflowRunListSelect,
      steps: {
        select: {
          id: true,
          stepId: true,
          position: true,
          error: true,
          attempts: true,
          completedAt: true,
        },
        orderBy: { position: 'asc' },
      },
    },
  });
  if (!run) throw notFound('Workflow run');
  const { steps, ...summary } = run;
  const ordered = [
    ...steps.filter((step) => step.position >= 0),
    ...steps.filter((step) => step.position < 0),
  ];
  return {
    ...toWorkflowRunSummary(summary),
    steps: ordered.map((step) => ({
      id: step.id,
      stepId: step.stepId,
      status: stepStatus(step, run.status),
      error: errorMessageOf(step.error),
      // A pending sleep or wait has not run yet.
      attempts: step.position < 0 ? null : step.attempts,
      // A pending step's time is when it started waiting, not when it completed.
      at: step.completedAt,
    })),
  };
}
