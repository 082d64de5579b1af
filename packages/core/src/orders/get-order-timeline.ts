import type { TenantClient, WorkflowRunStatus } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

/** Enough history for one order; an order with more shows its latest entries. */
const MAX_ENTRIES = 200;

export type OrderTimelineItem =
  | {
      kind: 'event';
      id: string;
      /** Dotted like domain events: "order.placed", "refund.recorded", "note.added"... */
      type: string;
      message: string;
      at: Date;
    }
  | {
      kind: 'workflow';
      /** The run's id, for its page in the admin. */
      id: string;
      functionId: string;
      eventName: string;
      status: WorkflowRunStatus;
      at: Date;
      finishedAt: Date | null;
    };

/**
 * What happened to one order, newest first: its timeline events (placed, paid, shipped,
 * refunded, cancelled, notes...) and the workflow runs started for it, i.e. those whose
 * triggering event names the order (`data.orderId`). Another store's order is not found.
 */
export async function getOrderTimeline({
  db,
  orderId,
}: {
  db: TenantClient;
  orderId: string;
}): Promise<OrderTimelineItem[]> {
  const order = await db.order.findFirst({ where: { id: orderId }, select: { id: true } });
  if (!order) throw notFound('Order');
  const [events, runs] = await Promise.all([
    db.orderEvent.findMany({
      where: { orderId: order.id },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: MAX_ENTRIES,
      select: { id: true, type: true, message: true, createdAt: true },
    }),
    db.workflowRun.findMany({
      where: { event: { path: ['data', 'orderId'], equals: order.id } },
      orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
      take: MAX_ENTRIES,
      select: {
        id: true,
        functionId: true,
        eventName: true,
        status: true,
        startedAt: true,
        finishedAt: true,
      },
    }),
  ]);
  const items: OrderTimelineItem[] = [
    ...events.map((event) => ({
      kind: 'event' as const,
      id: event.id,
      type: event.type,
      message: event.message,
      at: event.createdAt,
    })),
    ...runs.map((run) => ({
      kind: 'workflow' as const,
      id: run.id,
      functionId: run.functionId,
      eventName: run.eventName,
      status: run.status,
      at: run.startedAt,
      finishedAt: run.finishedAt,
    })),
  ];
  return items.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, MAX_ENTRIES);
}
