import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';

/** Polls `check` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  { timeoutMs = 10_000, what = 'condition' }: { timeoutMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const finished = new Set(['completed', 'failed', 'cancelled']);

/** The run of `functionId` started by event `eventId`, once it has finished. */
export function waitForFinishedRun(db: Database, functionId: string, eventId?: string) {
  return waitFor(
    async () => {
      const runs = await unscoped(db).workflowRun.findMany({
        where: { functionId },
        include: { steps: { orderBy: { position: 'asc' } } },
      });
      const run = runs.find(
        (candidate) =>
          eventId === undefined ||
          (typeof candidate.event === 'object' &&
            candidate.event !== null &&
            'id' in candidate.event &&
            candidate.event.id === eventId),
      );
      return run && finished.has(run.status) ? run : undefined;
    },
    { what: `a finished run of ${functionId}` },
  );
}
