import 'server-only';

import type { RouterOutputs } from '@storeloom/api';
import { TRPCError } from '@trpc/server';
import { cache } from 'react';

import { api } from '~/trpc/server';

export type StorefrontSite = RouterOutputs['storefront']['seo']['site'];

/**
 * The request's origin, the store's canonical origin and its tagline; null when the host
 * serves no open store (the proxy has already answered 404 or 503 for pages). Once per render.
 */
export const loadStorefrontSite = cache(async (): Promise<StorefrontSite | null> => {
  try {
    return await (await api()).storefront.seo.site();
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === 'NOT_FOUND' || error.code === 'SERVICE_UNAVAILABLE')
    ) {
      return null;
    }
    throw error;
  }
});
