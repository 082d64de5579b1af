export interface BackoffOptions {
  /** Delay before the first retry; doubles with each attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultBackoff: BackoffOptions = { baseDelayMs: 1_000, maxDelayMs: 10 * 60_000 };

/**
 * When to retry after failed attempt number `attempt` (0-based): exponential backoff, unless the
 * error said when (`retry-after` / RetryAfterError), which wins.
 */
export function retryTime(
  attempt: number,
  now: Date,
  options: BackoffOptions,
  retryAfter?: Date,
): Date {
  if (retryAfter) return retryAfter;
  const delay = Math.min(options.baseDelayMs * 2 ** attempt, options.maxDelayMs);
  return new Date(now.getTime() + delay);
}
