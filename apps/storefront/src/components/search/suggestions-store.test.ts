import { describe, expect, it, vi } from 'vitest';

import { createSuggestionsStore } from './suggestions-store';

function answerFor(q: string): string {
  return `suggestions for ${q}`;
}

/** Resolves pending promises (the store's fetch and its retries). */
async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await Promise.resolve();
}

describe('createSuggestionsStore', () => {
  it('fetches a text once and keeps its answer', async () => {
    const fetchSuggestions = vi.fn((q: string) => Promise.resolve(answerFor(q)));
    const store = createSuggestionsStore({ fetchSuggestions });
    store.load('head');
    expect(store.getState().entries.get('head')).toEqual({ status: 'pending' });
    store.load('head');
    await settle();
    expect(store.getState().entries.get('head')).toEqual({
      status: 'success',
      data: answerFor('head'),
    });
    store.load('head');
    expect(fetchSuggestions).toHaveBeenCalledTimes(1);
  });

  it('keeps the last answer to show while the next text loads', async () => {
    const store = createSuggestionsStore({
      fetchSuggestions: (q) => Promise.resolve(answerFor(q)),
    });
    store.load('hea');
    await settle();
    store.load('head');
    expect(store.getState().lastData).toEqual(answerFor('hea'));
  });

  it('retries once, then marks the text failed, and asks again later', async () => {
    const fetchSuggestions = vi.fn((_q: string) => Promise.reject(new Error('offline')));
    const store = createSuggestionsStore<string>({ fetchSuggestions });
    store.load('x');
    await settle();
    expect(fetchSuggestions).toHaveBeenCalledTimes(2);
    expect(store.getState().entries.get('x')).toEqual({ status: 'error' });
    store.load('x');
    await settle();
    expect(fetchSuggestions).toHaveBeenCalledTimes(4);
  });

  it('forgets the least recently asked text beyond its capacity', async () => {
    const store = createSuggestionsStore({
      fetchSuggestions: (q) => Promise.resolve(answerFor(q)),
      capacity: 2,
    });
    for (const q of ['a', 'b', 'c']) store.load(q);
    await settle();
    expect([...store.getState().entries.keys()]).toEqual(['b', 'c']);
  });

  it('replaces its state on every change and tells listeners', async () => {
    const store = createSuggestionsStore({
      fetchSuggestions: (q) => Promise.resolve(answerFor(q)),
    });
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getState();
    store.load('a');
    const pending = store.getState();
    await settle();
    expect(pending).not.toBe(before);
    expect(store.getState()).not.toBe(pending);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
