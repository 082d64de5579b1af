import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the server's HTML and until React has hydrated it, then true. Controls that only work
 * with JavaScript stay disabled until then rather than swallowing an early click, and controls
 * that only exist for visitors without JavaScript (a "Sort" submit button) render until then.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
