import 'server-only';

import type { RouterOutputs } from '@storeloom/api';
import type { Theme } from '@storeloom/validators';
import { TRPCError } from '@trpc/server';
import { cache } from 'react';

import { parseTheme } from '~/theme/parse-theme';
import { api } from '~/trpc/server';

export type CurrentStore = RouterOutputs['storefront']['store']['current'];

export type CurrentStoreResult =
  | { kind: 'ok'; store: CurrentStore; theme: Theme }
  | { kind: 'not_found' }
  | { kind: 'unavailable' };

/**
 * The store for this request's host. Cached per render: the layout, the page and their
 * metadata all ask, and it should be one lookup.
 */
export const loadCurrentStore = cache(async (): Promise<CurrentStoreResult> => {
  try {
    const store = await (await api()).storefront.store.current();
    // A saved value that no longer parses falls back to its default rather than breaking the store.
    return { kind: 'ok', store, theme: parseTheme(store.theme) };
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return { kind: 'not_found' };
    if (error instanceof TRPCError && error.code === 'SERVICE_UNAVAILABLE') {
      return { kind: 'unavailable' };
    }
    throw error;
  }
});
