import 'server-only';

import { TRPCError } from '@trpc/server';
import { cache } from 'react';

import { isEstimateTokenShape } from '~/lib/estimate-link';
import { api } from '~/trpc/server';

/**
 * The estimate behind the link, or null when the link opens none on this store (unknown,
 * malformed, replaced by a newer send, or another store's). Cached per render: the metadata and
 * the page both ask.
 */
export const loadEstimate = cache(async (token: string) => {
  if (!isEstimateTokenShape(token)) return null;
  try {
    return await (await api()).storefront.estimates.view({ token });
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
