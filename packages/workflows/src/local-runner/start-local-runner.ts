import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';
import type { InngestFunction } from 'inngest';
import { serve } from 'inngest/edge';

import { inngest, type InngestClient } from '../client.ts';
import { relayDomainEvents } from '../relay-domain-events.ts';
import { defaultBackoff, type BackoffOptions } from './backoff.ts';
import { driveRun, type DriveOptions } from './drive-run.ts';
import { setProcessEventSink, type OutgoingEvent } from './event-sink.ts';
import { registerFunctions } from './function-registry.ts';
import { ingestEvents } from './ingest-events.ts';
import { claimDueRuns } from './run-store.ts';

export interface LocalRunnerOptions {
  functions: readonly InngestFunction.Any[];
  db: Database;
  /** The client the functions were created with (dev mode, the runner's event fetch). */
  client?: InngestClient;
  pollIntervalMs?: number;
  /** How long a claim on a run holds without a write; a step running longer may run twice. */
  leaseMs?: number;
  /** Runs driven at the same time by this process. */
  concurrency?: number;
  backoff?: BackoffOptions;
  /** Relay the domain event outbox on every poll (on by default). */
  relayOutbox?: boolean;
  clock?: () => Date;
  onError?: (error: unknown) => void;
}

export interface LocalRunner {
  /** Ingests events as Inngest would: starts triggered runs, resumes matching waits. */
  send: (events: OutgoingEvent[]) => Promise<string[]>;
  /** Polls now instead of at the next interval. */
  wake: () => void;
  /** Stops polling; runs being driven finish their current step and are released. */
  stop: () => Promise<void>;
}

/**
 * The embedded workflow engine: executes the Inngest functions in this process through the SDK's
 * serve handler, with every run's state in PostgreSQL (docs/workflows.md). Any number of
 * processes may run one against the same database.
 */
export function startLocalRunner(options: LocalRunnerOptions): LocalRunner {
  const db = unscoped(options.db);
  const registry = registerFunctions(options.functions);
  const client = options.client ?? inngest;
  const handler = serve({ client, functions: [...options.functions] });
  const clock = options.clock ?? (() => new Date());
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  const concurrency = options.concurrency ?? 4;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batchSize = 100;
  const onError = options.onError ?? ((error) => console.error('[workflows] local runner:', error));

  const active = new Set<Promise<void>>();
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;
  let pollAgain = false;

  const send = async (events: OutgoingEvent[]) => {
    const ids = await ingestEvents(db, registry, events, clock());
    wake();
    return ids;
  };
  const driveOptions: DriveOptions = {
    db,
    handler: (request) => handler(request),
    registry,
    sink: send,
    leaseMs,
    backoff: options.backoff ?? defaultBackoff,
    clock,
    shouldStop: () => stopping,
  };

  async function poll() {
    if (options.relayOutbox ?? true) {
      while ((await relayDomainEvents({ db: options.db, send, batchSize })) === batchSize) {
        // A full batch: more may be waiting.
      }
    }
    const free = concurrency - active.size;
    if (free <= 0) return;
    const leases = await claimDueRuns(db, {
      now: clock(),
      leaseMs,
      limit: free,
      functionIds: registry.ids(),
    });
    for (const lease of leases) {
      const drive = driveRun(driveOptions, lease)
        .catch(onError)
        .finally(() => {
          active.delete(drive);
          wake();
        });
      active.add(drive);
    }
  }

  function schedule(delayMs: number) {
    if (stopping) return;
    clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
  }

  function tick() {
    if (stopping) return;
    if (polling) {
      pollAgain = true;
      return;
    }
    polling = poll()
      .catch(onError)
      .finally(() => {
        polling = undefined;
        const again = pollAgain;
        pollAgain = false;
        schedule(again ? 0 : pollIntervalMs);
      });
  }

  function wake() {
    schedule(0);
  }

  const removeSink = setProcessEventSink(send);
  wake();

  return {
    send,
    wake,
    async stop() {
      stopping = true;
      clearTimeout(timer);
      removeSink();
      await polling;
      await Promise.all(active);
    },
  };
}
