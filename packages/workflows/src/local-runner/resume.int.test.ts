import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { eventType } from 'inngest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { inngest } from '../client.ts';
import { waitFor, waitForFinishedRun } from '../testing/wait-for.ts';
import { startLocalRunner, type LocalRunner } from './start-local-runner.ts';

const ctx = useTwoStoreDatabase();
const fast = { pollIntervalMs: 25, backoff: { baseDelayMs: 10, maxDelayMs: 100 } };

/** Side effects per run and step: each must happen exactly once. */
function effectCounter() {
  const counts = new Map<string, number>();
  return {
    record: (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1),
    counts,
  };
}

describe('local runner: restarts and concurrency', () => {
  it('resumes a run stopped between steps on a new runner without repeating a step', async () => {
    const effects = effectCounter();
    let stopping: Promise<void> | undefined;
    const fn = inngest.createFunction(
      { id: 'test-resume', triggers: [{ event: 'test/resume' }] },
      async ({ step }) => {
        await step.run('charge', () => {
          effects.record('charge');
          // The process goes down right after the first step: the runner stops mid-run.
          stopping = runnerA.stop();
        });
        await step.run('confirm', () => effects.record('confirm'));
        await step.run('email', () => effects.record('email'));
        return 'done';
      },
    );
    const runnerA: LocalRunner = startLocalRunner({ functions: [fn], db: ctx.database, ...fast });
    const [eventId] = await runnerA.send([{ name: 'test/resume', data: {} }]);
    await waitFor(() => Promise.resolve(stopping ? true : undefined), {
      what: 'the runner to stop',
    });
    await stopping;

    const db = unscoped(ctx.database);
    const parked = await db.workflowRun.findFirstOrThrow({
      where: { functionId: 'test-resume' },
      include: { steps: true },
    });
    expect(parked.status).toBe('running');
    expect(parked.steps.map((s) => s.stepId)).toEqual(['charge']);
    expect(parked.lockedUntil).toBeNull();

    const runnerB = startLocalRunner({ functions: [fn], db: ctx.database, ...fast });
    try {
      const run = await waitForFinishedRun(ctx.database, 'test-resume', eventId);
      expect(run.status).toBe('completed');
      expect(run.steps.map((s) => s.stepId)).toEqual(['charge', 'confirm', 'email']);
    } finally {
      await runnerB.stop();
    }
    expect(Object.fromEntries(effects.counts)).toEqual({ charge: 1, confirm: 1, email: 1 });
  });

  it('takes over a run whose runner died holding it once the lease expires', async () => {
    const effects = effectCounter();
    const fn = inngest.createFunction(
      { id: 'test-takeover', triggers: [{ event: 'test/takeover' }] },
      async ({ step }) => {
        await step.run('one', () => effects.record('one'));
        await step.run('two', () => effects.record('two'));
      },
    );
    const db = unscoped(ctx.database);
    // A run another process claimed and then died with: it holds the lease for a moment longer.
    const run = await db.workflowRun.create({
      data: {
        functionId: 'test-takeover',
        eventName: 'test/takeover',
        event: { id: 'dead-runner', name: 'test/takeover', data: {}, ts: Date.now() },
        status: 'running',
        lockedUntil: new Date(Date.now() + 300),
      },
    });
    const runner = startLocalRunner({ functions: [fn], db: ctx.database, ...fast });
    try {
      const finished = await waitForFinishedRun(ctx.database, 'test-takeover', 'dead-runner');
      expect(finished.id).toBe(run.id);
      expect(finished.status).toBe('completed');
    } finally {
      await runner.stop();
    }
    expect(Object.fromEntries(effects.counts)).toEqual({ one: 1, two: 1 });
  });

  it('never lets two runners on one database run the same step', async () => {
    const effects = effectCounter();
    const fn = inngest.createFunction(
      {
        id: 'test-two-runners',
        triggers: [eventType('test/two-runners', { schema: z.object({ n: z.number() }) })],
      },
      async ({ event, step }) => {
        const key = String(event.data.n);
        await step.run('reserve', () => effects.record(`${key}:reserve`));
        await step.run('charge', () => effects.record(`${key}:charge`));
        await step.run('email', () => effects.record(`${key}:email`));
      },
    );
    const runners = [
      startLocalRunner({ functions: [fn], db: ctx.database, ...fast }),
      startLocalRunner({ functions: [fn], db: ctx.database, ...fast }),
    ];
    try {
      const events = Array.from({ length: 8 }, (_, n) => ({
        name: 'test/two-runners',
        data: { n },
      }));
      await runners[0]?.send(events);
      await waitFor(
        async () => {
          const done = await unscoped(ctx.database).workflowRun.count({
            where: { functionId: 'test-two-runners', status: 'completed' },
          });
          return done === 8 ? done : undefined;
        },
        { what: '8 completed runs' },
      );
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
    }
    expect(effects.counts.size).toBe(24);
    expect([...effects.counts.values()].every((count) => count === 1)).toBe(true);
  });
});
