'use client';

import { useEffect, useSyncExternalStore } from 'react';

import { loadBrowserClient } from '~/trpc/browser-client';

import { createSuggestionsStore, type Suggestions } from './suggestions-store';

const suggestionsStore = createSuggestionsStore({
  fetchSuggestions: async (q) => {
    const client = await loadBrowserClient();
    return client.storefront.catalog.suggest.query({ q });
  },
});

export interface SuggestionsResult {
  /** The answer for `q`, or the previous answer while it loads. */
  data: Suggestions | undefined;
  isFetching: boolean;
  isError: boolean;
}

/** Suggestions for `q` while `enabled`; the API client loads with the first request. */
export function useSuggestions(q: string, enabled: boolean): SuggestionsResult {
  const state = useSyncExternalStore(
    suggestionsStore.subscribe,
    suggestionsStore.getState,
    suggestionsStore.getState,
  );
  useEffect(() => {
    if (enabled && q !== '') suggestionsStore.load(q);
  }, [q, enabled]);

  const entry = enabled && q !== '' ? state.entries.get(q) : undefined;
  return {
    data: entry?.status === 'success' ? entry.data : state.lastData,
    isFetching: entry?.status === 'pending',
    isError: entry?.status === 'error',
  };
}
