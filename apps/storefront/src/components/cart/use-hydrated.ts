'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the server's HTML and until React has hydrated it, then true. Controls that only
 * work with JavaScript (steppers, code and estimate forms) stay disabled until then rather than
 * swallowing an early click, and the cart link only claims to open a dialog once it can.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
