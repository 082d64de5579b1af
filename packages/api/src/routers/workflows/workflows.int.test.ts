import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();

const as = (role: 'owner' | 'admin' | 'staff' | 'viewer') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture.storeA.members[role], setup.fixture.storeA.tenantId),
  });

const runRow = (runId: string) =>
  unscoped(setup.database).workflowRun.findUniqueOrThrow({
    where: { id: runId },
    include: { steps: { orderBy: { position: 'asc' } } },
  });

describe('workflows.runs', () => {
  it("lists the store's runs only, filtered by status and function", async () => {
    const { storeA } = setup.fixture;
    const all = await as('viewer').workflows.runs.list({});
    expect(all.items.map((run) => run.id)).toEqual([storeA.ids.runId]);
    expect(all.items[0]).toMatchObject({
      functionId: 'checkout',
      status: 'failed',
      error: 'Payment provider of alpha is down',
    });
    const completed = await as('viewer').workflows.runs.list({ status: 'completed' });
    expect(completed.items).toEqual([]);
    const other = await as('viewer').workflows.runs.list({ functionId: 'abandoned-cart' });
    expect(other.items).toEqual([]);
  });

  it("counts the store's runs per status, every status listed", async () => {
    const { storeB } = setup.fixture;
    const zero = {
      queued: 0,
      running: 0,
      sleeping: 0,
      waiting: 0,
      completed: 0,
      failed: 0,
      cancelled: 0,
    };
    expect(await as('viewer').workflows.runs.counts()).toEqual({
      total: 1,
      byStatus: { ...zero, failed: 1 },
    });
    // Store B's second run must not show up in store A's figures, nor A's in B's.
    await unscoped(setup.database).workflowRun.create({
      data: {
        tenantId: storeB.tenantId,
        functionId: 'abandoned-cart',
        eventName: 'cart/activity',
        event: { id: 'bravo-cart', name: 'cart/activity', data: {}, ts: 0 },
        status: 'sleeping',
      },
    });
    expect((await as('viewer').workflows.runs.counts()).total).toBe(1);
    const bravo = callerFor(setup.database, {
      session: sessionFor(storeB.members.viewer, storeB.tenantId),
    });
    expect(await bravo.workflows.runs.counts()).toEqual({
      total: 2,
      byStatus: { ...zero, failed: 1, sleeping: 1 },
    });
  });

  it('shows a run with its steps in order, and not another store’s', async () => {
    const { storeA, storeB } = setup.fixture;
    const run = await as('viewer').workflows.runs.get({ runId: storeA.ids.runId });
    expect(run.steps.map((step) => [step.stepId, step.status, step.attempts, step.error])).toEqual([
      ['reserve-stock', 'completed', 1, null],
      ['capture-payment', 'failed', 1, 'Payment provider of alpha is down'],
    ]);
    await expect(as('owner').workflows.runs.get({ runId: storeB.ids.runId })).rejects.toMatchObject(
      { code: 'NOT_FOUND', message: 'Workflow run not found' },
    );
  });

  it('refuses a retry to a viewer', async () => {
    const { storeA } = setup.fixture;
    await expect(
      as('viewer').workflows.runs.retry({ runId: storeA.ids.runId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await runRow(storeA.ids.runId)).status).toBe('failed');
  });

  it('restarts a failed run from its last completed step, audited', async () => {
    const { storeA } = setup.fixture;
    const result = await as('staff').workflows.runs.retry({ runId: storeA.ids.runId });
    expect(result).toEqual({ runId: storeA.ids.runId, status: 'running' });

    const run = await runRow(storeA.ids.runId);
    expect(run).toMatchObject({ status: 'running', attempt: 0, error: null, finishedAt: null });
    expect(run.steps.map((step) => step.stepId)).toEqual(['reserve-stock']);
    const audit = await unscoped(setup.database).auditLog.findFirstOrThrow({
      where: { tenantId: storeA.tenantId, action: 'workflow_run.retried' },
    });
    expect(audit).toMatchObject({ targetType: 'WorkflowRun', targetId: storeA.ids.runId });
  });

  it('refuses to retry a run that has not failed, changing nothing', async () => {
    const { storeA } = setup.fixture;
    const before = await runRow(storeA.ids.runId);
    expect(before.status).toBe('running');
    await expect(
      as('owner').workflows.runs.retry({ runId: storeA.ids.runId }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'Only a failed run can be retried; this one is running.',
    });
    expect(await runRow(storeA.ids.runId)).toEqual(before);
  });

  it('rejects malformed ids and filters with a message', async () => {
    await expect(as('owner').workflows.runs.get({ runId: 'x'.repeat(100) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const badFilter = as('owner').workflows.runs.list({ functionId: 'no spaces allowed' });
    await expect(badFilter).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(badFilter).rejects.toThrow('Malformed workflow id');
  });
});
