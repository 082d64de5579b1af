import { TRPCError } from '@trpc/server';

import { type ResolvedStore, resolveStoreByHost } from '@storeloom/core';
import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';

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
  const resolution = await resolveStoreByHost({ db: unscoped(database), host, rootDomain });
  if (resolution.kind === 'not_found') {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'No store at this address' });
  }
  if (resolution.store.status !== 'active') {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: `${resolution.store.name} is temporarily unavailable`,
    });
  }
  return resolution.store;
}
