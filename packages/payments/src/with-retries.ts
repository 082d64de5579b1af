/**
 * HTTP with a per-attempt timeout and retries of transient failures (timeouts, network errors,
 * 429 and 5xx) with exponential backoff and jitter. 4xx answers are final: retrying cannot fix
 * them. Callers make retries safe with the provider's idempotency header.
 */
export interface RetryOptions {
  /** Per attempt, including reading the body. */
  timeoutMs: number;
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First backoff; doubles each retry. Default 250 ms. */
  baseDelayMs?: number;
  /** Cap on one backoff, and on a Retry-After the server asks for. Default 5 s. */
  maxDelayMs?: number;
  /** Injectable so tests do not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** 0 ≤ r < 1, for jitter; injectable for deterministic tests. */
  random?: () => number;
}

export interface HttpResult {
  status: number;
  headers: Headers;
  body: string;
}

/** Every attempt failed transiently; `lastStatus` is absent when the last one never got an answer. */
export class RetriesExhaustedError extends Error {
  constructor(
    readonly attempts: number,
    readonly lastStatus: number | undefined,
    options?: ErrorOptions,
  ) {
    super(
      lastStatus === undefined
        ? `No answer after ${attempts} attempts.`
        : `HTTP ${lastStatus} after ${attempts} attempts.`,
      options,
    );
    this.name = 'RetriesExhaustedError';
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const isTransientStatus = (status: number) => status === 429 || status >= 500;

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Full jitter over an exponentially growing window, never below half of it. */
export function backoffMs(retry: number, baseDelayMs: number, maxDelayMs: number, random: number) {
  const window = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
  return Math.round(window / 2 + (window / 2) * random);
}

export async function fetchWithRetries(
  url: string,
  init: Omit<RequestInit, 'signal'>,
  options: RetryOptions,
): Promise<HttpResult> {
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 5000;
  let lastStatus: number | undefined;
  let lastError: unknown;
  let lastRetryAfter: number | undefined;

  for (let attempt = 0; attempt <= options.maxRetries; attempt += 1) {
    if (attempt > 0) {
      const delay = lastRetryAfter ?? backoffMs(attempt - 1, baseDelayMs, maxDelayMs, random());
      await sleep(Math.min(maxDelayMs, delay));
    }
    lastRetryAfter = undefined;
    try {
      const response = await fetch(url, {
        ...init,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      const body = await response.text();
      if (!isTransientStatus(response.status)) {
        return { status: response.status, headers: response.headers, body };
      }
      lastStatus = response.status;
      lastError = undefined;
      lastRetryAfter = retryAfterMs(response.headers.get('retry-after'));
    } catch (error) {
      // Timeouts (TimeoutError) and network failures (TypeError from fetch) are transient.
      lastStatus = undefined;
      lastError = error;
    }
  }
  throw new RetriesExhaustedError(options.maxRetries + 1, lastStatus, { cause: lastError });
}
