import type { ResolvedStore } from '@storeloom/core';
import type { Database } from '@storeloom/db';

import { env } from '../env.ts';
import { markImmutable } from './immutable-results.ts';
import { createReadThroughCache, type ReadThroughCache } from './read-through-cache.ts';

/**
 * What storefront reads keep in memory, per process and per database. Entries are dropped when
 * PostgreSQL announces a committed change to the store's catalog or tenancy rows (see
 * `Database.changes`); the TTL only bounds what no trigger covers (best-seller order). While the
 * change feed is down nothing is cached, so a missed notification can never serve stale data.
 */
export interface StorefrontReadCache {
  /** Catalog reads (search, browse, product and category pages), keyed by procedure and input. */
  catalog: ReadThroughCache<unknown>;
  /** Host → store resolution; a tenancy change anywhere clears it (rare, and hosts can move). */
  hosts: ReadThroughCache<ResolvedStore | null>;
}

const CATALOG_TTL_MS = 60_000;
const HOSTS_TTL_MS = 60_000;
const HOSTS_TENANT = 'hosts';

const caches = new WeakMap<Database, StorefrontReadCache>();

/**
 * Builds and registers the cache of one database. The first storefront request does it with the
 * configured mode; tests that exercise the cache install it themselves, because the integration
 * suites run with it off (a write followed at once by a read there must not race the notice).
 */
export function installStorefrontReadCache(
  database: Database,
  { enabled: on }: { enabled: boolean },
): StorefrontReadCache {
  const enabled = () => on && database.changes.live;
  const cache: StorefrontReadCache = {
    catalog: createReadThroughCache({ maxEntries: 5_000, ttlMs: CATALOG_TTL_MS, enabled }),
    hosts: createReadThroughCache({ maxEntries: 10_000, ttlMs: HOSTS_TTL_MS, enabled }),
  };
  if (on) {
    database.changes.subscribe((change) => {
      if (change.kind === 'reset') {
        cache.catalog.clear();
        cache.hosts.clear();
      } else if (change.topic === 'catalog') {
        cache.catalog.invalidate(change.tenantId);
      } else {
        cache.hosts.invalidate(HOSTS_TENANT);
        cache.catalog.invalidate(change.tenantId);
      }
    });
  }
  caches.set(database, cache);
  return cache;
}

function storefrontReadCache(database: Database): StorefrontReadCache {
  return (
    caches.get(database) ??
    installStorefrontReadCache(database, { enabled: env.STORELOOM_STOREFRONT_CACHE === 'on' })
  );
}

/** Host resolution through the cache; the cache holds every host under one pseudo-store key. */
export function cachedHostLookup(
  database: Database,
  host: string,
  load: () => Promise<ResolvedStore | null>,
): Promise<ResolvedStore | null> {
  return storefrontReadCache(database).hosts.getOrLoad(HOSTS_TENANT, host, load);
}

/**
 * A catalog read through the cache. The key is the procedure and its parsed input; the store
 * comes from the host, so two stores never share an entry.
 */
export function cachedCatalogRead<T>(
  database: Database,
  tenantId: string,
  procedure: string,
  input: unknown,
  load: () => Promise<T>,
): Promise<T> {
  const key = `${procedure}:${JSON.stringify(input)}`;
  // The key starts with the procedure, whose result type is fixed: an entry is always a T.
  return storefrontReadCache(database).catalog.getOrLoad(tenantId, key, async () =>
    markImmutable(await load()),
  ) as Promise<T>;
}
