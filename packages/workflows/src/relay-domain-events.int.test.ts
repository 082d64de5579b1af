import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { describe, expect, it } from 'vitest';

import { inngest } from './client.ts';
import { estimateAcceptedEvent, orderPlacedEvent } from './events/index.ts';
import { startLocalRunner } from './local-runner/start-local-runner.ts';
import { relayDomainEvents } from './relay-domain-events.ts';
import { waitFor } from './testing/wait-for.ts';

// Outbox rows are written as emitDomainEvent (@storeloom/core) writes them.
const ctx = useTwoStoreDatabase();

describe('relayDomainEvents', () => {
  it('starts one run per outbox event, in its store, even when a batch is relayed twice', async () => {
    const seen: { tenantId: string; orderId: string }[] = [];
    const fn = inngest.createFunction(
      { id: 'test-relayed', triggers: [orderPlacedEvent] },
      async ({ event, step }) =>
        step.run('note', () => {
          seen.push({ tenantId: event.data.tenantId, orderId: event.data.orderId });
        }),
    );
    const { storeA, storeB } = ctx.fixture;
    for (const store of [storeA, storeB]) {
      await ctx.database.forTenant(store.tenantId).domainEvent.create({
        data: {
          tenantId: store.tenantId,
          type: 'order.placed',
          payload: { orderId: store.ids.orderId, number: 1, total: 1999 },
        },
      });
    }
    const runner = startLocalRunner({
      functions: [fn],
      db: ctx.database,
      pollIntervalMs: 25,
      relayOutbox: false,
    });
    const db = unscoped(ctx.database);
    try {
      expect(await relayDomainEvents({ db: ctx.database, send: runner.send })).toBe(2);
      expect(await relayDomainEvents({ db: ctx.database, send: runner.send })).toBe(0);
      // A relay that died after sending but before marking the rows sends them again.
      await db.domainEvent.updateMany({ data: { dispatchedAt: null } });
      expect(await relayDomainEvents({ db: ctx.database, send: runner.send })).toBe(2);

      await waitFor(() => Promise.resolve(seen.length === 2 ? seen : undefined), {
        what: 'two runs',
      });
      const runs = await db.workflowRun.findMany({ where: { functionId: 'test-relayed' } });
      expect(runs).toHaveLength(2);
      expect(runs.map((run) => run.tenantId).sort()).toEqual(
        [storeA.tenantId, storeB.tenantId].sort(),
      );
      expect(seen).toEqual(
        expect.arrayContaining([
          { tenantId: storeA.tenantId, orderId: storeA.ids.orderId },
          { tenantId: storeB.tenantId, orderId: storeB.ids.orderId },
        ]),
      );
      const pending = await db.domainEvent.count({ where: { dispatchedAt: null } });
      expect(pending).toBe(0);
    } finally {
      await runner.stop();
    }
  });

  it('is part of the local runner loop', async () => {
    const fn = inngest.createFunction(
      { id: 'test-relay-loop', triggers: [estimateAcceptedEvent] },
      ({ event }) => ({ estimateId: event.data.estimateId }),
    );
    const { storeA } = ctx.fixture;
    await ctx.database.forTenant(storeA.tenantId).domainEvent.create({
      data: {
        tenantId: storeA.tenantId,
        type: 'estimate.accepted',
        payload: { estimateId: storeA.ids.estimateId },
      },
    });
    const runner = startLocalRunner({ functions: [fn], db: ctx.database, pollIntervalMs: 25 });
    try {
      const run = await waitFor(
        async () =>
          (await unscoped(ctx.database).workflowRun.findFirst({
            where: { functionId: 'test-relay-loop', status: 'completed' },
          })) ?? undefined,
        { what: 'the relayed run' },
      );
      expect(run.result).toEqual({ estimateId: storeA.ids.estimateId });
      expect(run.tenantId).toBe(storeA.tenantId);
    } finally {
      await runner.stop();
    }
  });
});
