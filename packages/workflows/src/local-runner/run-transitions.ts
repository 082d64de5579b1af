import { Prisma, type WorkflowRunModel as WorkflowRun } from '@storeloom/db';
import type { UnscopedClient } from '@storeloom/db/unscoped';

import type { Lease } from './lease.ts';
import { toJsonColumn } from './json.ts';
import { pendingPosition, writeWithLease } from './run-store.ts';
import type { MemoisedStep } from './sdk-protocol.ts';

/** Everything a state change needs: where, whose lease, and the clock. */
export interface TransitionContext {
  db: UnscopedClient;
  lease: Lease;
  run: Pick<WorkflowRun, 'id' | 'tenantId'>;
  clock: () => Date;
  leaseMs: number;
}

function write<T>(
  ctx: TransitionContext,
  fn: (tx: Prisma.TransactionClient, now: Date) => Promise<T>,
) {
  const now = ctx.clock();
  return writeWithLease(ctx.db, ctx.lease, { now, leaseMs: ctx.leaseMs }, (tx) => fn(tx, now));
}

/** Memoises a finished step (its data, or the error it finally failed with) at `position`. */
export function recordStep(
  ctx: TransitionContext,
  step: {
    stepId: string;
    hashedId: string;
    memo: MemoisedStep;
    position: number;
    /** Runs of the step, this last one included. */
    attempts: number;
  },
) {
  return write(ctx, async (tx, now) => {
    await tx.workflowStep.create({
      data: {
        runId: ctx.run.id,
        tenantId: ctx.run.tenantId,
        stepId: step.stepId,
        hashedId: step.hashedId,
        data: 'data' in step.memo ? toJsonColumn(step.memo.data) : Prisma.JsonNull,
        error: 'error' in step.memo ? toJsonColumn(step.memo.error) : Prisma.DbNull,
        position: step.position,
        attempts: step.attempts,
        completedAt: now,
      },
    });
    await tx.workflowRun.update({
      where: { id: ctx.run.id },
      data: { status: 'running', attempt: 0, error: Prisma.DbNull, wakeAt: null },
    });
  });
}

/**
 * Completes the run's pending sleep or wait with `data` (the awaited event, or null for a sleep
 * that ended or a wait that timed out). False when an event got there first.
 */
export function completePendingStep(
  ctx: TransitionContext,
  step: { hashedId: string; data: unknown; position: number },
): Promise<boolean> {
  return write(ctx, async (tx, now) => {
    const done = await tx.workflowStep.updateMany({
      where: { runId: ctx.run.id, hashedId: step.hashedId, position: pendingPosition },
      data: { data: toJsonColumn(step.data), position: step.position, completedAt: now },
    });
    if (done.count === 0) return false;
    await tx.workflowRun.update({
      where: { id: ctx.run.id },
      data: {
        status: 'running',
        wakeAt: null,
        waitingForEvent: null,
        waitMatch: null,
        waitTimeoutAt: null,
      },
    });
    return true;
  });
}

/** Parks the run on a sleep or a wait; the step stays pending until it ends. */
export function parkRun(
  ctx: TransitionContext,
  step: { stepId: string; hashedId: string },
  park:
    | { status: 'sleeping'; wakeAt: Date }
    | { status: 'waiting'; eventName: string; match: string | null; timeoutAt: Date },
) {
  return write(ctx, async (tx, now) => {
    await tx.workflowStep.create({
      data: {
        runId: ctx.run.id,
        tenantId: ctx.run.tenantId,
        stepId: step.stepId,
        hashedId: step.hashedId,
        data: Prisma.JsonNull,
        position: pendingPosition,
        completedAt: now,
      },
    });
    await tx.workflowRun.update({
      where: { id: ctx.run.id },
      data:
        park.status === 'sleeping'
          ? { status: 'sleeping', wakeAt: park.wakeAt, lockedUntil: null }
          : {
              status: 'waiting',
              waitingForEvent: park.eventName,
              waitMatch: park.match,
              waitTimeoutAt: park.timeoutAt,
              lockedUntil: null,
            },
    });
  });
}

/** Schedules attempt number `attempt` at `retryAt`, keeping the error that caused it. */
export function scheduleRetry(
  ctx: TransitionContext,
  retry: { attempt: number; retryAt: Date; error: unknown },
) {
  return write(ctx, (tx) =>
    tx.workflowRun.update({
      where: { id: ctx.run.id },
      data: {
        status: 'running',
        attempt: retry.attempt,
        error: toJsonColumn(retry.error),
        wakeAt: retry.retryAt,
        lockedUntil: null,
      },
    }),
  );
}

/** Ends the run for good. */
export function finishRun(
  ctx: TransitionContext,
  end: { status: 'completed'; result: unknown } | { status: 'failed'; error: unknown },
) {
  return write(ctx, (tx, now) =>
    tx.workflowRun.update({
      where: { id: ctx.run.id },
      data: {
        status: end.status,
        result: end.status === 'completed' ? toJsonColumn(end.result) : Prisma.DbNull,
        error: end.status === 'failed' ? toJsonColumn(end.error) : Prisma.DbNull,
        finishedAt: now,
        wakeAt: null,
        lockedUntil: null,
      },
    }),
  );
}
