import 'server-only';

import type { Metadata } from 'next';

import { loadCurrentStore } from '~/lib/current-store';

/**
 * Metadata of the newsletter pages: titled for the tab, kept out of search results (they are
 * steps of a signup, and their links carry personal tokens).
 */
export async function newsletterPageMetadata(title: string): Promise<Metadata> {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') return { robots: { index: false } };
  return { title: `${title} · ${result.store.name}`, robots: { index: false, follow: false } };
}
