import type { Database } from '@storeloom/db';

import { relayDomainEvents, type RelayOptions } from './relay-domain-events.ts';

/**
 * With Inngest (Cloud or self-hosted) there is no local runner polling, so the outbox is relayed
 * on a small interval by the same process. Each pass sends every undispatched batch.
 */
export function startOutboxRelay({
  db,
  send,
  intervalMs = 1_000,
  onError = (error) => console.error('[workflows] outbox relay:', error),
}: {
  db: Database;
  send: RelayOptions['send'];
  intervalMs?: number;
  onError?: (error: unknown) => void;
}): { stop: () => Promise<void> } {
  const batchSize = 100;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> | undefined;

  async function relayAll() {
    while (!stopped && (await relayDomainEvents({ db, send, batchSize })) === batchSize) {
      // A full batch: more may be waiting.
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      pass = relayAll().catch(onError).finally(schedule);
    }, intervalMs);
  }

  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await pass;
    },
  };
}
