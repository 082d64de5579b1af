import { consumeRateLimit, type RateLimiter } from '@storeloom/core';
import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';

/**
 * Rate limits for shopper actions (sign-in, sign-up, placing orders). The counters live in the
 * platform-wide buckets table, outside any store's scope; keys carry the store id.
 */
export function shopperRateLimiter(database: Database): RateLimiter {
  const db = unscoped(database);
  return (rule) => consumeRateLimit(db, rule);
}
