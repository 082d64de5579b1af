import type { Database } from '@storeloom/db';

import { inngest } from './client.ts';
import { workflowEngine, workflowProcessingEnabled } from './env.ts';
import { functions } from './functions/index.ts';
import { startLocalRunner } from './local-runner/start-local-runner.ts';
import { startOutboxRelay } from './outbox-relay-loop.ts';

const startedKey = Symbol.for('storeloom.workflows.started');
const processState = globalThis as typeof globalThis & {
  [startedKey]?: { stop: () => Promise<void> };
};

/**
 * Starts this process's share of the workflow engine, once per process (Next may evaluate the
 * instrumentation hook in more than one bundle): the local runner (which also relays the outbox)
 * when no INNGEST_* is configured, otherwise only the outbox relay. Nothing with
 * STORELOOM_WORKFLOW_RUNNER=off.
 */
export function startWorkflowsInProcess({ db }: { db: Database }) {
  if (!workflowProcessingEnabled) return undefined;
  processState[startedKey] ??=
    workflowEngine === 'local'
      ? startLocalRunner({ functions, db })
      : startOutboxRelay({ db, send: (events) => inngest.send(events) });
  return processState[startedKey];
}
