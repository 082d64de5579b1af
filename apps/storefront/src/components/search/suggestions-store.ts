import type { RouterOutputs } from '@storeloom/api';

export type Suggestions = RouterOutputs['storefront']['catalog']['suggest'];

type Entry<Data> = { status: 'pending' } | { status: 'success'; data: Data } | { status: 'error' };

/** Everything the store knows, replaced (never changed) on each update, as React expects. */
export interface SuggestionsState<Data = Suggestions> {
  entries: ReadonlyMap<string, Entry<Data>>;
  /** The newest answer for any text: shown while the next one loads, so the list does not blink. */
  lastData: Data | undefined;
}

export interface SuggestionsStoreOptions<Data> {
  fetchSuggestions: (q: string) => Promise<Data>;
  /** Answers kept, most recent first; typing back to an earlier text costs no request. */
  capacity?: number;
  /** Attempts per text before it counts as failed. */
  attempts?: number;
}

/**
 * Suggestions per typed text, fetched once each and shared by every search box on the page.
 * A plain store rather than a query cache, so the header carries no query library.
 */
export function createSuggestionsStore<Data = Suggestions>({
  fetchSuggestions,
  capacity = 50,
  attempts = 2,
}: SuggestionsStoreOptions<Data>) {
  let state: SuggestionsState<Data> = { entries: new Map(), lastData: undefined };
  const listeners = new Set<() => void>();

  function update(q: string, entry: Entry<Data>): void {
    const entries = new Map(state.entries);
    entries.delete(q);
    entries.set(q, entry);
    // Maps keep insertion order: the first key is the least recently asked.
    while (entries.size > capacity) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
    state = { entries, lastData: entry.status === 'success' ? entry.data : state.lastData };
    for (const listener of listeners) listener();
  }

  async function fetchWithRetry(q: string): Promise<Data> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await fetchSuggestions(q);
      } catch (error) {
        if (attempt >= attempts) throw error;
      }
    }
  }

  return {
    getState: (): SuggestionsState<Data> => state,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Asks for `q` unless it is known or on its way; a failed text is asked again. */
    load(q: string): void {
      const known = state.entries.get(q);
      if (known !== undefined && known.status !== 'error') return;
      update(q, { status: 'pending' });
      fetchWithRetry(q).then(
        (data) => update(q, { status: 'success', data }),
        () => update(q, { status: 'error' }),
      );
    },
  };
}
