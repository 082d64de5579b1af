import 'server-only';

import type { Metadata } from 'next';

import { loadCurrentStore } from '~/lib/current-store';

/** "Orders · Tech Gadgets": a shopper's own pages are nothing for search engines. */
export async function accountMetadata(title: string): Promise<Metadata> {
  const result = await loadCurrentStore();
  return {
    title: result.kind === 'ok' ? `${title} · ${result.store.name}` : title,
    robots: { index: false, follow: false },
  };
}
