import 'server-only';

import type { RouterOutputs } from '@storeloom/api';
import { TRPCError } from '@trpc/server';
import { cache } from 'react';

import { normalizeProductSlug } from '~/lib/product-slug';
import { api } from '~/trpc/server';

export type StorefrontProduct = RouterOutputs['storefront']['catalog']['productBySlug'];

/**
 * The product a page's slug names, or null when the store does not sell one by that handle
 * (drafts, archived products and handles that could never exist included). Cached per render:
 * the metadata and the page both ask.
 */
export const loadProduct = cache(async (slug: string): Promise<StorefrontProduct | null> => {
  const handle = normalizeProductSlug(slug);
  if (handle === null) return null;
  try {
    return await (await api()).storefront.catalog.productBySlug({ slug: handle });
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
});
