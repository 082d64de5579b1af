import 'server-only';

import type { RouterOutputs } from '@storeloom/api';
import { themeSchema, type Theme } from '@storeloom/validators';
import { TRPCError } from '@trpc/server';
import { cache } from 'react';

import { api } from '~/trpc/server';

export type CurrentStore = RouterOutputs['storefront']['store']['current'];

export type CurrentStoreResult =
  | { kind: 'ok'; store: CurrentStore; theme: Theme }
  | { kind: 'not_found' }
  | { kind: 'unavailable' };

/** Used whenever a saved theme no longer parses, so one bad value cannot break the store. */
const defaultTheme = themeSchema.parse({});

/**
 * The store for this request's host. Cached per render: the layout, the page and their
 * metadata all ask, and it should be one lookup.
 */
export const loadCurrentStore = cache(async (): Promise<CurrentStoreResult> => {
  try {
    const store = await (await api()).storefront.store.current();
    const theme = themeSchema.safeParse(store.theme);
    return { kind: 'ok', store, theme: theme.success ? theme.data : defaultTheme };
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return { kind: 'not_found' };
    if (error instanceof TRPCError && error.code === 'SERVICE_UNAVAILABLE') {
      return { kind: 'unavailable' };
    }
    throw error;
  }
});
