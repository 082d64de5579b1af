import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { eventType, NonRetriableError, RetryAfterError } from 'inngest';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { inngest } from '../client.ts';
import { waitFor, waitForFinishedRun } from '../testing/wait-for.ts';
import { startLocalRunner, type LocalRunner } from './start-local-runner.ts';

const ctx = useTwoStoreDatabase();
const fast = { pollIntervalMs: 25, backoff: { baseDelayMs: 10, maxDelayMs: 100 } };

let runner: LocalRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});

const paidSchema = z.object({ payer: z.string() });
const errorMessage = (error: unknown) => z.object({ message: z.string() }).parse(error).message;

describe('local runner', () => {
  it('runs steps once each, parallel steps included, and stores the result', async () => {
    const calls: string[] = [];
    const fn = inngest.createFunction(
      {
        id: 'test-steps',
        triggers: [eventType('test/steps', { schema: z.object({ input: z.string() }) })],
      },
      async ({ event, step }) => {
        const a = await step.run('a', () => {
          calls.push('a');
          return { value: event.data.input };
        });
        const [p, q] = await Promise.all([
          step.run('p', () => (calls.push('p'), 1)),
          step.run('q', () => (calls.push('q'), 2)),
        ]);
        const again = await step.run('a', () => (calls.push('a:1'), 'repeated id'));
        return { a, p, q, again };
      },
    );
    runner = startLocalRunner({ functions: [fn], db: ctx.database, ...fast });
    const tenantId = ctx.fixture.storeA.tenantId;
    const [eventId] = await runner.send([{ name: 'test/steps', data: { input: 'x', tenantId } }]);

    const run = await waitForFinishedRun(ctx.database, 'test-steps', eventId);
    expect(run.status).toBe('completed');
    expect(run.tenantId).toBe(tenantId);
    expect(run.result).toEqual({ a: { value: 'x' }, p: 1, q: 2, again: 'repeated id' });
    expect(calls.sort()).toEqual(['a', 'a:1', 'p', 'q']);
    expect(run.steps.map((s) => s.stepId)).toEqual(['a', 'p', 'q', 'a']);
    expect(run.steps.map((s) => s.position)).toEqual([0, 1, 2, 3]);
    expect(run.steps.every((s) => s.tenantId === tenantId)).toBe(true);
  });

  it('sleeps until the wake time, then continues', async () => {
    const fn = inngest.createFunction(
      { id: 'test-sleep', triggers: [{ event: 'test/sleep' }] },
      async ({ step }) => {
        const before = await step.run('before', () => Date.now());
        await step.sleepUntil('nap', new Date(before + 150));
        return step.run('after', () => Date.now() - before);
      },
    );
    runner = startLocalRunner({ functions: [fn], db: ctx.database, ...fast });
    const [eventId] = await runner.send([{ name: 'test/sleep', data: {} }]);

    const run = await waitForFinishedRun(ctx.database, 'test-sleep', eventId);
    expect(run.status).toBe('completed');
    expect(run.result).toBeGreaterThanOrEqual(150);
    expect(run.steps.map((s) => [s.stepId, s.data])).toEqual([
      ['before', expect.any(Number)],
      ['nap', null],
      ['after', run.result],
    ]);
  });

  it('resumes a wait with the matching event of the same store only', async () => {
    const fn = inngest.createFunction(
      { id: 'test-wait', triggers: [{ event: 'test/ordered' }] },
      async ({ step }) => {
        const paid = await step.waitForEvent('paid', {
          event: 'test/paid',
          timeout: '1h',
          if: "event.data.orderId == async.data.orderId && async.data.outcome == 'ok'",
        });
        return { paidBy: paid ? paidSchema.parse(paid.data).payer : null };
      },
    );
    runner = startLocalRunner({ functions: [fn], db: ctx.database, ...fast });
    const { storeA, storeB } = ctx.fixture;
    const [eventId] = await runner.send([
      { name: 'test/ordered', data: { orderId: 'o-1', tenantId: storeA.tenantId } },
    ]);
    const db = unscoped(ctx.database);
    const waiting = async () =>
      db.workflowRun.findFirstOrThrow({ where: { functionId: 'test-wait' } });
    await expect.poll(async () => (await waiting()).status).toBe('waiting');

    await runner.send([
      { name: 'test/paid', data: { orderId: 'o-2', outcome: 'ok', tenantId: storeA.tenantId } },
      { name: 'test/paid', data: { orderId: 'o-1', outcome: 'no', tenantId: storeA.tenantId } },
      { name: 'test/paid', data: { orderId: 'o-1', outcome: 'ok', tenantId: storeB.tenantId } },
    ]);
    expect((await waiting()).status).toBe('waiting');

    await runner.send([
      {
        name: 'test/paid',
        data: { orderId: 'o-1', outcome: 'ok', payer: 'sam', tenantId: storeA.tenantId },
      },
    ]);
    const run = await waitForFinishedRun(ctx.database, 'test-wait', eventId);
    expect(run.result).toEqual({ paidBy: 'sam' });
  });

  it('times a wait out with null', async () => {
    const fn = inngest.createFunction(
      { id: 'test-timeout', triggers: [{ event: 'test/timeout' }] },
      async ({ step }) => {
        const event = await step.waitForEvent('never', { event: 'test/never', timeout: '1s' });
        return { timedOut: event === null };
      },
    );
    runner = startLocalRunner({ functions: [fn], db: ctx.database, ...fast });
    const [eventId] = await runner.send([{ name: 'test/timeout', data: {} }]);
    const run = await waitForFinishedRun(ctx.database, 'test-timeout', eventId);
    expect(run.result).toEqual({ timedOut: true });
    expect(run.steps.map((s) => [s.stepId, s.data])).toEqual([['never', null]]);
  });

  it('fails a wait whose condition it cannot evaluate, saying why', async () => {
    const fn = inngest.createFunction(
      { id: 'test-bad-wait', triggers: [{ event: 'test/bad-wait' }] },
      async ({ step }) =>
        step.waitForEvent('odd', {
          event: 'test/odd',
          timeout: '1h',
          if: 'event.data.total > async.data.total',
        }),
    );
    runner = startLocalRunner({ functions: [fn], db: ctx.database, ...fast });
    const [eventId] = await runner.send([{ name: 'test/bad-wait', data: {} }]);
    const run = await waitForFinishedRun(ctx.database, 'test-bad-wait', eventId);
    expect(run.status).toBe('failed');
    expect(errorMessage(run.error)).toContain('Unsupported waitForEvent condition');
  });

  it('feeds sent events back in: step.sendEvent starts the function it triggers', async () => {
    const parent = inngest.createFunction(
      { id: 'test-parent', triggers: [{ event: 'test/parent' }] },
      async ({ step }) =>
        step.sendEvent('notify', { name: 'test/child', data: { from: 'parent' } }),
    );
    const child = inngest.createFunction(
      {
        id: 'test-child',
        triggers: [eventType('test/child', { schema: z.object({ from: z.string() }) })],
      },
      ({ event }) => ({ from: event.data.from }),
    );
    runner = startLocalRunner({ functions: [parent, child], db: ctx.database, ...fast });
    await runner.send([{ name: 'test/parent', data: {} }]);
    const run = await waitForFinishedRun(ctx.database, 'test-child');
    expect(run.result).toEqual({ from: 'parent' });
  });

  it('starts one run per event id however often the event is sent', async () => {
    const fn = inngest.createFunction(
      { id: 'test-idempotent', triggers: [{ event: 'test/once' }] },
      () => 'done',
    );
    runner = startLocalRunner({ functions: [fn], db: ctx.database, ...fast });
    const event = { id: 'event-once', name: 'test/once', data: {} };
    await runner.send([event, event]);
    await runner.send([event]);
    await waitForFinishedRun(ctx.database, 'test-idempotent', 'event-once');
    const runs = await unscoped(ctx.database).workflowRun.count({
      where: { functionId: 'test-idempotent' },
    });
    expect(runs).toBe(1);
  });

  it('retries a failing step with backoff until it succeeds', async () => {
    const attempts: number[] = [];
    const fn = inngest.createFunction(
      { id: 'test-flaky', retries: 3, triggers: [{ event: 'test/flaky' }] },
      async ({ step, attempt }) =>
        step.run('flaky', () => {
          attempts.push(attempt);
          if (attempts.length < 3) throw new Error(`boom ${attempts.length}`);
          return 'recovered';
        }),
    );
    runner = startLocalRunner({ functions: [fn], db: ctx.database, ...fast });
    const [eventId] = await runner.send([{ name: 'test/flaky', data: {} }]);
    const run = await waitForFinishedRun(ctx.database, 'test-flaky', eventId);
    expect(run.status).toBe('completed');
    expect(attempts).toEqual([0, 1, 2]);
    expect(run.result).toBe('recovered');
    expect(run.attempt).toBe(0);
    expect(run.error).toBeNull();
    const step = await unscoped(ctx.database).workflowStep.findFirstOrThrow({
      where: { runId: run.id, stepId: 'flaky' },
    });
    expect(step.attempts).toBe(3);
  });

  it('fails a run for good on a non-retriable error or when retries run out', async () => {
    let tries = 0;
    const permanent = inngest.createFunction(
      { id: 'test-permanent', triggers: [{ event: 'test/fail' }] },
      async ({ step }) =>
        step.run('refuse', () => {
          throw new NonRetriableError('Card declined');
        }),
    );
    const exhausted = inngest.createFunction(
      { id: 'test-exhausted', retries: 1, triggers: [{ event: 'test/fail' }] },
      async ({ step }) =>
        step.run('always', () => {
          tries += 1;
          throw new Error('Provider down');
        }),
    );
    runner = startLocalRunner({ functions: [permanent, exhausted], db: ctx.database, ...fast });
    const [eventId] = await runner.send([{ name: 'test/fail', data: {} }]);

    const refused = await waitForFinishedRun(ctx.database, 'test-permanent', eventId);
    expect(refused.status).toBe('failed');
    expect(refused.error).toMatchObject({ message: 'Card declined' });

    const gaveUp = await waitForFinishedRun(ctx.database, 'test-exhausted', eventId);
    expect(gaveUp.status).toBe('failed');
    expect(gaveUp.error).toMatchObject({ message: 'Provider down' });
    expect(tries).toBe(2);
    const lastStep = await unscoped(ctx.database).workflowStep.findFirstOrThrow({
      where: { runId: gaveUp.id, stepId: 'always' },
    });
    expect(lastStep.attempts).toBe(2);
  });

  it('retries no sooner than a RetryAfterError asks', async () => {
    const retryAt = new Date(Date.now() + 3_600_000);
    const fn = inngest.createFunction(
      { id: 'test-retry-after', triggers: [{ event: 'test/retry-after' }] },
      async ({ step }) =>
        step.run('rate-limited', () => {
          throw new RetryAfterError('Provider rate limit', retryAt);
        }),
    );
    runner = startLocalRunner({ functions: [fn], db: ctx.database, ...fast });
    await runner.send([{ name: 'test/retry-after', data: {} }]);
    const db = unscoped(ctx.database);
    const run = await waitFor(
      async () =>
        (await db.workflowRun.findFirst({
          where: { functionId: 'test-retry-after', attempt: 1 },
        })) ?? undefined,
      { what: 'the first retry to be scheduled' },
    );
    expect(run.status).toBe('running');
    expect(errorMessage(run.error)).toBe('Provider rate limit');
    // retry-after carries whole seconds.
    expect(Math.abs((run.wakeAt?.getTime() ?? 0) - retryAt.getTime())).toBeLessThan(1_000);
  });
});
