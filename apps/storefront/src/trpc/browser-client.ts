import type { StoreloomClient } from '@storeloom/client';

let client: Promise<StoreloomClient> | undefined;

/**
 * The API from the browser, without the query cache: for the calls a catalogue page makes
 * (search suggestions, add to cart). It loads on first use, so a page that only shows products
 * ships no API client at all; cart, checkout and account pages use the query-cached kit in
 * `react.tsx` instead.
 */
export function loadBrowserClient(): Promise<StoreloomClient> {
  client ??= import('./create-browser-client').then(
    ({ createBrowserClient }) => createBrowserClient(),
    (error: unknown) => {
      // A chunk that failed to load (a flaky connection) may load on the next try.
      client = undefined;
      throw error;
    },
  );
  return client;
}
