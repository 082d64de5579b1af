import { Prisma, type TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound, preconditionFailed } from '../errors/domain-error.ts';

/**
 * Starts a failed run again from its last completed step: the failed step is forgotten (so it
 * runs again with a fresh set of attempts) and the run is due at once. Completed steps are kept
 * and not repeated. The workflow engine picks it up on its next poll.
 */
export async function retryWorkflowRun({
  db,
  tenantId,
  actor,
  runId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  runId: string;
}) {
  return db.$transaction(async (tx) => {
    const run = await tx.workflowRun.findFirst({
      where: { id: runId },
      select: { id: true, status: true, error: true, attempt: true },
    });
    if (!run) throw notFound('Workflow run');
    if (run.status !== 'failed') {
      throw preconditionFailed(`Only a failed run can be retried; this one is ${run.status}.`);
    }
    const restarted = await tx.workflowRun.updateMany({
      where: { id: runId, status: 'failed' },
      data: {
        status: 'running',
        attempt: 0,
        error: Prisma.DbNull,
        result: Prisma.DbNull,
        finishedAt: null,
        wakeAt: null,
        lockedUntil: null,
      },
    });
    if (restarted.count !== 1) throw preconditionFailed('The run changed meanwhile; reload it.');
    await tx.workflowStep.deleteMany({ where: { runId, error: { not: Prisma.DbNull } } });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'workflow_run.retried',
      targetType: 'WorkflowRun',
      targetId: runId,
      before: { status: run.status, attempt: run.attempt, error: run.error },
      after: { status: 'running', attempt: 0 },
    });
    return { runId, status: 'running' as const };
  });
}
