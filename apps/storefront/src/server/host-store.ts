// Deep imports keep the proxy bundle to what host resolution needs (the package index pulls in
// every domain, including auth).
import { env as coreEnv } from '@storeloom/core/env';
import {
  resolveStoreByHost,
  type StoreResolution,
} from '@storeloom/core/tenancy/resolve-store-by-host';
import { unscoped } from '@storeloom/db/unscoped';
import { normalizeHost } from '@storeloom/validators';

import { getDatabase } from '@storeloom/db';

/**
 * The proxy asks on every page request, so answers are kept briefly. A suspension or a new
 * custom domain therefore shows within a few seconds, which is soon enough.
 */
const TTL_MS = 5_000;
/** Bounds memory when someone sends many made-up hosts. */
const MAX_ENTRIES = 500;

interface Entry {
  expires: number;
  value: Promise<StoreResolution>;
}

const cache = new Map<string, Entry>();

/** The host the shopper asked for, read the same way as the API context reads it. */
export function requestHost(headers: Headers): string | null {
  return headers.get('x-forwarded-host') ?? headers.get('host');
}

/** The store serving `host` (any status), or not_found; cached for a few seconds per host. */
export function resolveHostStore(rawHost: string | null): Promise<StoreResolution> {
  const host = normalizeHost(rawHost);
  // Malformed hosts never reach the database and are not worth a cache slot.
  if (host === null) return Promise.resolve({ kind: 'not_found', host: null });

  const now = Date.now();
  const hit = cache.get(host);
  if (hit !== undefined && hit.expires > now) return hit.value;

  // The promise is cached, so concurrent requests for a cold host share one query.
  const value = resolveStoreByHost({
    db: unscoped(getDatabase()),
    host,
    rootDomain: coreEnv.STORELOOM_ROOT_DOMAIN,
  });
  const entry: Entry = { expires: now + TTL_MS, value };
  cache.delete(host);
  if (cache.size >= MAX_ENTRIES) {
    // Maps iterate in insertion order, so the first key is the least recently refreshed.
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(host, entry);
  // A failed lookup (database down) must not be served from the cache.
  value.catch(() => {
    if (cache.get(host) === entry) cache.delete(host);
  });
  return value;
}
