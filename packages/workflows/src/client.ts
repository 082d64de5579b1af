import { Inngest } from 'inngest';

import { env, workflowEngine, type WorkflowEngine } from './env.ts';
import { createEventFetch } from './local-runner/event-sink.ts';

export const inngestAppId = 'storeloom';

export interface InngestClientOptions {
  engine: WorkflowEngine;
  eventKey?: string;
  signingKey?: string;
  signingKeyFallback?: string;
  baseUrl?: string;
  /** Inngest's dev server: `1`/`true` for its default address, or its URL. */
  dev?: string;
}

function devServerUrl(dev: string | undefined): string | undefined {
  return dev && /^https?:\/\//.test(dev) ? dev : undefined;
}

/**
 * The Inngest client every workflow function is created with. With the local engine it runs in
 * dev mode (the in-process runner calls the serve handler itself, so there is nothing to sign)
 * and its `fetch` hands sent events to the runner; with Inngest it is a plain client.
 */
export function createInngestClient(options: InngestClientOptions) {
  const local = options.engine === 'local';
  return new Inngest({
    id: inngestAppId,
    isDev: local || options.dev !== undefined,
    baseUrl: local ? undefined : (options.baseUrl ?? devServerUrl(options.dev)),
    eventKey: options.eventKey,
    signingKey: options.signingKey,
    signingKeyFallback: options.signingKeyFallback,
    fetch: createEventFetch(),
  });
}

export type InngestClient = ReturnType<typeof createInngestClient>;

/** The process-wide client, configured from the environment. */
export const inngest: InngestClient = createInngestClient({
  engine: workflowEngine,
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
  signingKeyFallback: env.INNGEST_SIGNING_KEY_FALLBACK,
  baseUrl: env.INNGEST_BASE_URL,
  dev: env.INNGEST_DEV,
});
