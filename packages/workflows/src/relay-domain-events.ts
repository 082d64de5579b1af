import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';

import { workflowEventName } from './events/domain-events.ts';
import type { OutgoingEvent } from './local-runner/event-sink.ts';
import { isJsonObject } from './local-runner/json.ts';

export interface RelayOptions {
  db: Database;
  /** Delivers the events: `inngest.send`, or the local runner's intake. */
  send: (events: OutgoingEvent[]) => Promise<unknown>;
  batchSize?: number;
}

interface OutboxRow {
  id: string;
  tenantId: string;
  type: string;
  payload: unknown;
  occurredAt: Date;
}

export function toWorkflowEvent(row: OutboxRow): OutgoingEvent {
  const payload = isJsonObject(row.payload) ? row.payload : {};
  return {
    // The outbox id is the event id, so a batch sent twice (crash before the commit below) is
    // deduplicated by Inngest and by the local runner alike.
    id: row.id,
    name: workflowEventName(row.type),
    data: { ...payload, tenantId: row.tenantId },
    ts: row.occurredAt.getTime(),
  };
}

/**
 * Moves one batch of undispatched domain events from the outbox (`DomainEvent`) to the workflow
 * engine, across all stores, and marks them dispatched. Rows are locked with SKIP LOCKED, so
 * several processes can relay at once without sending a row twice in the normal case. Returns
 * how many were relayed; call it again while it returns a full batch.
 */
export async function relayDomainEvents({
  db,
  send,
  batchSize = 100,
}: RelayOptions): Promise<number> {
  return unscoped(db).$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<OutboxRow[]>`
        SELECT "id", "tenantId", "type", "payload", "occurredAt" FROM "DomainEvent"
        WHERE "dispatchedAt" IS NULL
        ORDER BY "occurredAt", "id"
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return 0;
      await send(rows.map(toWorkflowEvent));
      const ids = rows.map((row) => row.id);
      await tx.$executeRaw`
        UPDATE "DomainEvent" SET "dispatchedAt" = now() WHERE "id" = ANY(${ids})`;
      return rows.length;
    },
    { timeout: 30_000 },
  );
}
