import { fakeOptions, testKeys } from '@storeloom/core/payments/testing/payment-store';
import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';
import { createOutboxTransport, type EmailTransport } from '@storeloom/email';

import { createOrderWorkflows } from '../functions/order-workflows.ts';
import { startLocalRunner, type LocalRunner } from '../local-runner/start-local-runner.ts';
import type { ResolveDependencies } from '../workflow-dependencies.ts';
import { waitFor } from './wait-for.ts';

/** Runs here render PDFs and call fakes on a busy machine: waits allow for it. */
const timeoutMs = 30_000;

/** A clock tests move forward instead of sleeping; the runner and the steps share it. */
export function movableClock() {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance: (ms: number) => {
      offsetMs += ms;
    },
  };
}

/**
 * Test support: the order workflows on a local runner against the test database, with
 * `providerUrl`'s fake behind payments, an email transport (the outbox by default) and the clock.
 */
export function startOrderWorkflows({
  database,
  providerUrl,
  now,
  email = createOutboxTransport(),
}: {
  database: Database;
  providerUrl: string;
  now: () => Date;
  email?: EmailTransport;
}): LocalRunner {
  const resolve: ResolveDependencies = () => ({
    database,
    email,
    payments: { keys: testKeys, options: fakeOptions(providerUrl) },
    now,
  });
  return startLocalRunner({
    functions: createOrderWorkflows(resolve),
    db: database,
    pollIntervalMs: 25,
    backoff: { baseDelayMs: 10, maxDelayMs: 100 },
    clock: now,
  });
}

/** The outbox id of the domain event that started things for `orderId` (the run's event id). */
export async function domainEventId(
  database: Database,
  tenantId: string,
  type: string,
  match: Record<string, string>,
): Promise<string> {
  return waitFor(
    async () => {
      const events = await database.forTenant(tenantId).domainEvent.findMany({
        where: {
          type,
          AND: Object.entries(match).map(([key, value]) => ({
            payload: { path: [key], equals: value },
          })),
        },
        select: { id: true },
      });
      return events[0]?.id;
    },
    { what: `a ${type} event`, timeoutMs },
  );
}

const finished = ['completed', 'failed', 'cancelled'] as const;

/** The run of `functionId` started by the domain event, once it has finished. */
export async function finishedRunFor(
  database: Database,
  tenantId: string,
  functionId: string,
  type: string,
  match: Record<string, string>,
) {
  const eventId = await domainEventId(database, tenantId, type, match);
  return waitFor(
    async () => {
      const runs = await unscoped(database).workflowRun.findMany({
        where: {
          functionId,
          status: { in: [...finished] },
          event: { path: ['id'], equals: eventId },
        },
        include: { steps: { orderBy: { position: 'asc' } } },
      });
      return runs[0];
    },
    { what: `a finished run of ${functionId}`, timeoutMs },
  );
}

/** The run of `functionId` for the event, once it is parked waiting for another event. */
export async function waitingRunFor(database: Database, functionId: string, eventId: string) {
  return waitFor(
    async () => {
      const runs = await unscoped(database).workflowRun.findMany({
        where: { functionId, status: 'waiting', event: { path: ['id'], equals: eventId } },
      });
      return runs[0];
    },
    { what: `a waiting run of ${functionId}`, timeoutMs },
  );
}

/** The outbox row with this idempotency key, once it has been sent. */
export function sentEmail(database: Database, tenantId: string, idempotencyKey: string) {
  return waitFor(
    async () =>
      (await database.forTenant(tenantId).emailOutbox.findFirst({
        where: { idempotencyKey, status: 'sent' },
      })) ?? undefined,
    { what: `the email ${idempotencyKey}`, timeoutMs },
  );
}
