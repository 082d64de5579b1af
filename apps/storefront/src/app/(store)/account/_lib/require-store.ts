import 'server-only';

import { notFound } from 'next/navigation';

import { type CurrentStore, loadCurrentStore } from '~/lib/current-store';

/** The store of this host. The layout has already answered the other cases; this narrows the type. */
export async function requireStore(): Promise<CurrentStore> {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') notFound();
  return result.store;
}
