import 'server-only';

import type { Theme } from '@storeloom/validators';
import { cache } from 'react';

import { loadCurrentStore } from '~/lib/current-store';

/**
 * The theme of the store this host serves, or null where there is none to show (unknown host,
 * offline store) or it cannot be read right now: the root layout then keeps the default tokens,
 * and the store layout, which asks for the same cached lookup, reports the failure itself.
 */
export const loadStoreTheme = cache(async (): Promise<Theme | null> => {
  try {
    const result = await loadCurrentStore();
    return result.kind === 'ok' ? result.theme : null;
  } catch {
    return null;
  }
});
