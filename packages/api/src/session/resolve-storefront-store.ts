import { TRPCError } from '@trpc/server';

import { type ResolvedStore, resolveStoreByHost } from '@storeloom/core';
import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';
import { normalizeHost } from '@storeloom/validators';

import { cachedHostLookup } from '../cache/storefront-read-cache.ts';

/** The store a storefront request is for. Unknown hosts are 404; closed or suspended stores 503. */
export async function resolveStorefrontStore({
  database,
  host,
  rootDomain,
}: {
  database: Database;
  host: string | null;
  rootDomain: string;
}): Promise<ResolvedStore> {
  const normalized = normalizeHost(host);
  const store = normalized
    ? await cachedHostLookup(database, normalized, async () => {
        const resolution = await resolveStoreByHost({
          db: unscoped(database),
          host: normalized,
          rootDomain,
        });
        return resolution.kind === 'found' ? resolution.store : null;
      })
    : null;
  if (!store) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'No store at this address' });
  }
  if (store.status !== 'active') {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: `${store.name} is temporarily unavailable`,
    });
  }
  return store;
}
