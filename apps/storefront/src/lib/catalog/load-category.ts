import 'server-only';

import type { RouterOutputs } from '@storeloom/api';
import { TRPCError } from '@trpc/server';
import { cache } from 'react';

import { api } from '~/trpc/server';

export type StorefrontCategory = RouterOutputs['storefront']['catalog']['categoryBySlug'];

/**
 * The category a page's slug names, or null when the store has none by that handle (including
 * handles that could never exist). Handles are matched in lower case, as the search does.
 * Cached per render: the metadata and the page both ask.
 */
export const loadCategory = cache(async (slug: string): Promise<StorefrontCategory | null> => {
  try {
    return await (await api()).storefront.catalog.categoryBySlug({ slug: slug.toLowerCase() });
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')
    ) {
      return null;
    }
    throw error;
  }
});
