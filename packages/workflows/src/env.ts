import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

export const env = createEnv({
  server: {
    /** Sends events to Inngest Cloud (or a self-hosted server). */
    INNGEST_EVENT_KEY: z.string().min(1).optional(),
    /** Verifies Inngest's requests to `/api/inngest`. */
    INNGEST_SIGNING_KEY: z.string().min(1).optional(),
    INNGEST_SIGNING_KEY_FALLBACK: z.string().min(1).optional(),
    /** A self-hosted Inngest server, e.g. `http://inngest:8288`. */
    INNGEST_BASE_URL: z.url().optional(),
    /** Inngest's dev server: `1` for the default `http://localhost:8288`, or its URL. */
    INNGEST_DEV: z.string().min(1).optional(),
    /**
     * `off`: this process starts neither the local runner nor the outbox relay (e.g. web nodes
     * when one worker node does it). `on` is the default.
     */
    STORELOOM_WORKFLOW_RUNNER: z.enum(['on', 'off']).default('on'),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

/**
 * Who executes workflows: Inngest (Cloud or self-hosted, calling `/api/inngest`) when any
 * INNGEST_* is configured, otherwise the in-process local runner.
 */
export type WorkflowEngine = 'inngest' | 'local';

export function workflowEngineOf(config: {
  INNGEST_EVENT_KEY?: string;
  INNGEST_SIGNING_KEY?: string;
  INNGEST_BASE_URL?: string;
  INNGEST_DEV?: string;
}): WorkflowEngine {
  const configured = [
    config.INNGEST_EVENT_KEY,
    config.INNGEST_SIGNING_KEY,
    config.INNGEST_BASE_URL,
    config.INNGEST_DEV,
  ].some((value) => value !== undefined);
  return configured ? 'inngest' : 'local';
}

export const workflowEngine: WorkflowEngine = workflowEngineOf(env);

/** Whether this process runs workflow background work (the local runner or the outbox relay). */
export const workflowProcessingEnabled = env.STORELOOM_WORKFLOW_RUNNER !== 'off';
