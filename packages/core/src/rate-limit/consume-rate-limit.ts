import type { UnscopedClient } from '@storeloom/db/unscoped';

import { DomainError } from '../errors/domain-error.ts';

export interface RateLimitRule {
  /** What is limited and for whom, e.g. `sign-in:ip:203.0.113.7`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/** "40 seconds", "1 minute", "15 minutes": people read waits in the unit they think in. */
function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * Counts one attempt in a fixed window held in PostgreSQL, so every app instance shares the
 * count. The upsert is a single statement, so concurrent attempts cannot both slip under the limit.
 */
export async function consumeRateLimit(db: UnscopedClient, rule: RateLimitRule, now = new Date()) {
  const rows = await db.$queryRaw<{ count: number; expiresAt: Date }[]>`
    INSERT INTO "RateLimitBucket" (key, count, "windowStart", "expiresAt")
    VALUES (${rule.key}, 1, ${now}, ${now}::timestamptz + make_interval(secs => ${rule.windowSeconds}))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitBucket"."expiresAt" <= ${now} THEN 1 ELSE "RateLimitBucket".count + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."expiresAt" <= ${now} THEN ${now} ELSE "RateLimitBucket"."windowStart" END,
      "expiresAt" = CASE WHEN "RateLimitBucket"."expiresAt" <= ${now}
        THEN ${now}::timestamptz + make_interval(secs => ${rule.windowSeconds})
        ELSE "RateLimitBucket"."expiresAt" END
    RETURNING count, "expiresAt"`;
  const bucket = rows[0];
  if (!bucket) throw new Error('Rate limit upsert returned no row');
  const remaining = Math.max(0, rule.limit - bucket.count);
  if (bucket.count > rule.limit) {
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((bucket.expiresAt.getTime() - now.getTime()) / 1000),
    );
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      `Too many attempts. Try again in ${waitText(retryAfterSeconds)}.`,
      { retryAfterSeconds },
    );
  }
  return { remaining, resetAt: bucket.expiresAt };
}
