import type {
  Prisma,
  WorkflowRunModel as WorkflowRun,
  WorkflowStepModel as WorkflowStep,
} from '@storeloom/db';
import type { UnscopedClient } from '@storeloom/db/unscoped';

import { LeaseLostError, type Lease } from './lease.ts';
import type { MemoisedStep } from './sdk-protocol.ts';

/**
 * The runner's state in PostgreSQL. Runs of every store live here (the runner is the deliberate
 * cross-tenant part of the workflow engine), so it works through the unscoped client.
 */

/** Steps that started but have not finished (a sleep or a wait) are kept out of the stack. */
export const pendingPosition = -1;

/**
 * Claims up to `limit` runs that are due: new or between steps, retries and sleeps whose time
 * has come, waits that timed out, and runs whose runner died (expired lease), of the functions
 * this runner knows. SKIP LOCKED lets several runners claim side by side without ever claiming
 * the same run.
 */
export async function claimDueRuns(
  db: UnscopedClient,
  {
    now,
    leaseMs,
    limit,
    functionIds,
  }: { now: Date; leaseMs: number; limit: number; functionIds: string[] },
): Promise<Lease[]> {
  const lockedUntil = new Date(now.getTime() + leaseMs);
  const rows = await db.$transaction(
    (tx) => tx.$queryRaw<{ id: string }[]>`
      UPDATE "WorkflowRun" SET "lockedUntil" = ${lockedUntil}
      WHERE "id" IN (
        SELECT "id" FROM "WorkflowRun"
        WHERE (("status" IN ('queued', 'running', 'sleeping')
                AND ("wakeAt" IS NULL OR "wakeAt" <= ${now}))
            OR ("status" = 'waiting' AND "waitTimeoutAt" <= ${now}))
          AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
          AND "functionId" = ANY(${functionIds})
        ORDER BY COALESCE("wakeAt", "startedAt"), "id"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING "id"`,
  );
  return rows.map((row) => ({ runId: row.id, lockedUntil }));
}

/**
 * Runs `write` in a transaction that first checks the lease is still ours and moves it forward.
 * Throws LeaseLostError (and writes nothing) when another runner has taken the run over.
 */
export async function writeWithLease<T>(
  db: UnscopedClient,
  lease: Lease,
  { now, leaseMs }: { now: Date; leaseMs: number },
  write: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  const lockedUntil = new Date(now.getTime() + leaseMs);
  const result = await db.$transaction(async (tx) => {
    const renewed = await tx.workflowRun.updateMany({
      where: { id: lease.runId, lockedUntil: lease.lockedUntil },
      data: { lockedUntil },
    });
    if (renewed.count !== 1) throw new LeaseLostError(lease.runId);
    return write(tx);
  });
  lease.lockedUntil = lockedUntil;
  return result;
}

/** Lets the run go: another runner (or this one, later) may claim it when it is due. */
export async function releaseLease(db: UnscopedClient, lease: Lease): Promise<void> {
  await db.workflowRun.updateMany({
    where: { id: lease.runId, lockedUntil: lease.lockedUntil },
    data: { lockedUntil: null },
  });
}

export async function loadClaimedRun(
  db: UnscopedClient,
  lease: Lease,
): Promise<{ run: WorkflowRun; steps: WorkflowStep[] } | undefined> {
  const run = await db.workflowRun.findFirst({
    where: { id: lease.runId, lockedUntil: lease.lockedUntil },
    include: { steps: { orderBy: { position: 'asc' } } },
  });
  if (!run) return undefined;
  const { steps, ...rest } = run;
  return { run: rest, steps };
}

/** A completed step as the SDK wants it memoised. */
export function memoOf(step: Pick<WorkflowStep, 'data' | 'error'>): MemoisedStep {
  return step.error === null ? { data: step.data } : { error: step.error };
}

/** The number the next completed step of the run gets (its place in the stack). */
export async function nextPosition(tx: Prisma.TransactionClient, runId: string): Promise<number> {
  return tx.workflowStep.count({ where: { runId, position: { gte: 0 } } });
}
