import { randomUUID } from 'node:crypto';

import type { UnscopedClient } from '@storeloom/db/unscoped';

import type { OutgoingEvent } from './event-sink.ts';
import type { FunctionRegistry } from './function-registry.ts';
import { toJsonColumn } from './json.ts';
import { nextPosition, pendingPosition } from './run-store.ts';
import type { StoredEvent } from './sdk-protocol.ts';
import { parseWaitMatch, waitMatches } from './wait-match.ts';

/** Events carry their store in `data.tenantId`; events without one belong to the platform. */
function tenantOf(event: StoredEvent): string | null {
  const tenantId = event.data.tenantId;
  return typeof tenantId === 'string' ? tenantId : null;
}

/**
 * Starts a run of every function the event triggers. The idempotency key (store, function,
 * event id) makes ingestion idempotent: the same event sent twice starts each run once.
 */
async function startRuns(db: UnscopedClient, registry: FunctionRegistry, event: StoredEvent) {
  const functions = registry.triggeredBy(event.name);
  if (functions.length === 0) return;
  const tenantId = tenantOf(event);
  await db.workflowRun.createMany({
    data: functions.map((fn) => ({
      tenantId,
      functionId: fn.id,
      eventName: event.name,
      event: toJsonColumn(event),
      status: 'queued' as const,
      idempotencyKey: `${tenantId ?? 'platform'}:${fn.id}:${event.id}`,
    })),
    skipDuplicates: true,
  });
}

/**
 * Hands the event to the runs of the same store waiting for it whose condition it meets: their
 * pending step completes with the event and they are due again.
 */
async function resumeWaitingRuns(db: UnscopedClient, event: StoredEvent): Promise<number> {
  const waiting = await db.workflowRun.findMany({
    where: { status: 'waiting', waitingForEvent: event.name, tenantId: tenantOf(event) },
    select: { id: true, event: true, waitMatch: true },
  });
  let resumed = 0;
  for (const run of waiting) {
    if (run.waitMatch !== null && !waitMatches(parseWaitMatch(run.waitMatch), run.event, event)) {
      continue;
    }
    const done = await db.$transaction(async (tx) => {
      // The row lock orders this against a runner resolving the same wait's timeout.
      const [locked] = await tx.$queryRaw<{ status: string }[]>`
        SELECT "status" FROM "WorkflowRun" WHERE "id" = ${run.id} FOR UPDATE`;
      if (locked?.status !== 'waiting') return false;
      const position = await nextPosition(tx, run.id);
      await tx.workflowStep.updateMany({
        where: { runId: run.id, position: pendingPosition },
        data: { data: toJsonColumn(event), position, completedAt: new Date() },
      });
      await tx.workflowRun.update({
        where: { id: run.id },
        data: { status: 'running', waitingForEvent: null, waitMatch: null, waitTimeoutAt: null },
      });
      return true;
    });
    if (done) resumed += 1;
  }
  return resumed;
}

export function toStoredEvent(event: OutgoingEvent, now: Date): StoredEvent {
  return {
    id: event.id ?? randomUUID(),
    name: event.name,
    data: event.data ?? {},
    ts: event.ts ?? now.getTime(),
  };
}

/** The local runner's event intake: what Inngest does when an event arrives. Returns the ids. */
export async function ingestEvents(
  db: UnscopedClient,
  registry: FunctionRegistry,
  events: OutgoingEvent[],
  now: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (const outgoing of events) {
    const event = toStoredEvent(outgoing, now);
    await startRuns(db, registry, event);
    await resumeWaitingRuns(db, event);
    ids.push(event.id);
  }
  return ids;
}
