import { headers } from 'next/headers';

import { requestHost, resolveHostStore } from './host-store';

/** The name of the store this host serves when that store is suspended or closed; else null. */
export async function offlineStoreName(): Promise<string | null> {
  const resolution = await resolveHostStore(requestHost(await headers()));
  if (resolution.kind === 'found' && resolution.store.status !== 'active') {
    return resolution.store.name;
  }
  return null;
}

/** The host as the shopper typed it, for the "no store here" page; null when it did match a store. */
export async function unmatchedHost(): Promise<string | null> {
  const host = requestHost(await headers());
  const resolution = await resolveHostStore(host);
  return resolution.kind === 'not_found' ? (host ?? '') : null;
}
