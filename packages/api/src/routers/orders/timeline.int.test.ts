import { describe, expect, it } from 'vitest';

import { placeTestOrder } from '@storeloom/core/orders/testing/place-test-order';
import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const as = (role: 'owner' | 'viewer', which: 'storeA' | 'storeB' = 'storeA') => {
  const { members, tenantId } = setup.fixture[which];
  return callerFor(setup.database, { session: sessionFor(members[role], tenantId) });
};

const place = () =>
  placeTestOrder(setup.database.forTenant(store().tenantId), {
    tenantId: store().tenantId,
    locationId: store().ids.locationId,
    lines: [{ quantity: 1, costPrice: 1000 }],
  });

/** A run as the local runner stores it, started by an event about `orderId`. */
const startRun = (tenantId: string, orderId: string, startedAt: Date) =>
  unscoped(setup.database).workflowRun.create({
    data: {
      tenantId,
      functionId: 'confirm-order',
      eventName: 'order/placed',
      event: { id: `event-${orderId}`, name: 'order/placed', data: { orderId, tenantId }, ts: 0 },
      status: 'completed',
      startedAt,
      finishedAt: startedAt,
    },
    select: { id: true },
  });

describe('orders.timeline', () => {
  it("merges the order's events and its workflow runs, newest first", async () => {
    const order = await place();
    const other = await place();
    const run = await startRun(store().tenantId, order.id, new Date(Date.now() + 60_000));
    await startRun(store().tenantId, other.id, new Date(Date.now() + 120_000));
    await as('owner').orders.markPaid({ orderId: order.id, reference: 'Cash' });
    await as('owner').orders.addNote({ orderId: order.id, body: 'Called the customer' });

    const timeline = await as('viewer').orders.timeline({ orderId: order.id });

    expect(timeline[0]).toMatchObject({
      kind: 'workflow',
      id: run.id,
      functionId: 'confirm-order',
      status: 'completed',
    });
    const events = timeline.filter((item) => item.kind === 'event').map((item) => item.type);
    expect(events[0]).toBe('note.added');
    expect(events.at(-1)).toBe('order.placed');
    expect(events).toContain('payment.captured');
    expect(timeline.filter((item) => item.kind === 'workflow')).toHaveLength(1);
    const times = timeline.map((item) => item.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("never shows another store's order or runs", async () => {
    const order = await place();
    const { storeB } = setup.fixture;
    // Store B's run names store A's order: store A never sees it, store B gets no order.
    await startRun(storeB.tenantId, order.id, new Date());
    await expect(
      as('owner', 'storeB').orders.timeline({ orderId: order.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      as('owner').orders.timeline({ orderId: storeB.ids.orderId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const timeline = await as('owner').orders.timeline({ orderId: order.id });
    expect(timeline.filter((item) => item.kind === 'workflow')).toEqual([]);
  });
});
