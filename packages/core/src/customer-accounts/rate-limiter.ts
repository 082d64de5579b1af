import type { RateLimitRule } from '../rate-limit/consume-rate-limit.ts';

/**
 * Counts one attempt against a rule and throws TOO_MANY_REQUESTS past its limit. Passed in by
 * the caller (bound to the shared PostgreSQL buckets), since the counters span every store.
 */
export type RateLimiter = (rule: RateLimitRule) => Promise<unknown>;
