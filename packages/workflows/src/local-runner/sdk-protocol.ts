import { z } from 'zod';

/** One operation the SDK reports back in a 206 reply. */
export const outgoingOpSchema = z.object({
  id: z.string(),
  op: z.string(),
  name: z.string().optional(),
  displayName: z.string().optional(),
  opts: z.record(z.string(), z.unknown()).nullish(),
  userland: z.object({ id: z.string(), index: z.number().optional() }).optional(),
  data: z.unknown().optional(),
  error: z.unknown().optional(),
});
export type OutgoingOp = z.infer<typeof outgoingOpSchema>;

/** A memoised step as the SDK expects it back: its data, or the error it finally failed with. */
export type MemoisedStep = { data: unknown } | { error: unknown };

export interface StoredEvent {
  id: string;
  name: string;
  data: Record<string, unknown>;
  ts: number;
}

export interface CallRequest {
  /** `<appId>-<fnId>`. */
  fnId: string;
  /** `step` to run the function; a step's hash to run one planned (parallel) step. */
  stepId: string;
  runId: string;
  event: StoredEvent;
  attempt: number;
  maxAttempts: number;
  steps: Record<string, MemoisedStep>;
  /** Step hashes in completion order. */
  stack: string[];
  /** The `x-inngest-req-version` the SDK last answered with, echoed back. */
  requestVersion?: string;
}

export type CallOutcome =
  | { kind: 'ops'; ops: OutgoingOp[]; retryAt?: Date }
  | { kind: 'completed'; result: unknown }
  | { kind: 'retriable-error'; error: unknown; retryAt?: Date }
  | { kind: 'permanent-error'; error: unknown };

export type ServeHandler = (request: Request) => Promise<Response>;

// The handler only needs a well-formed URL with a host; nothing listens on it.
const localOrigin = 'http://storeloom-local-runner';

/**
 * The request Inngest's executor would send: the event, memoised steps and their order. No
 * `fn_id` and `use_api: false`, so the SDK neither checkpoints to nor loads state from an API.
 */
export function buildCallRequest(call: CallRequest): Request {
  const url = new URL('/api/inngest', localOrigin);
  url.searchParams.set('fnId', call.fnId);
  url.searchParams.set('stepId', call.stepId);
  const headers: Record<string, string> = {
    host: url.host,
    'content-type': 'application/json',
  };
  if (call.requestVersion) headers['x-inngest-req-version'] = call.requestVersion;
  const body = {
    version: -1,
    event: call.event,
    events: [call.event],
    steps: call.steps,
    ctx: {
      run_id: call.runId,
      attempt: call.attempt,
      max_attempts: call.maxAttempts,
      use_api: false,
      disable_immediate_execution: false,
      stack: { stack: call.stack, current: call.stack.length },
    },
  };
  return new Request(url, { method: 'POST', headers, body: JSON.stringify(body) });
}

/** `retry-after` is seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: Date): Date | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return new Date(now.getTime() + seconds * 1000);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Turns the SDK's reply into what the runner does next (BRIEF's local runner protocol). */
export async function readCallOutcome(
  response: Response,
  now: Date,
): Promise<{ outcome: CallOutcome; requestVersion?: string }> {
  const requestVersion = response.headers.get('x-inngest-req-version') ?? undefined;
  const body = parseBody(await response.text());
  const noRetry = response.headers.get('x-inngest-no-retry') === 'true';
  // A step's RetryAfterError arrives as a retry-after header on the 206 that reports it.
  const retryAt = parseRetryAfter(response.headers.get('retry-after'), now);
  let outcome: CallOutcome;
  if (response.status === 206) {
    outcome = { kind: 'ops', ops: z.array(outgoingOpSchema).parse(body), retryAt };
  } else if (response.status === 200) {
    outcome = { kind: 'completed', result: body };
  } else if (response.status === 400 || noRetry) {
    outcome = { kind: 'permanent-error', error: body };
  } else {
    outcome = { kind: 'retriable-error', error: body, retryAt };
  }
  return { outcome, requestVersion };
}
