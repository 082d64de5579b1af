import 'server-only';

import type { RouterOutputs } from '@storeloom/api';
import { TRPCError } from '@trpc/server';
import { cache } from 'react';

import { api } from '~/trpc/server';

export type PublishedPage = RouterOutputs['storefront']['pages']['home'];

/** NOT_FOUND (no such published page) and BAD_REQUEST (a slug no page can have) both mean "none". */
function noneWhenMissing(error: unknown): null {
  if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) {
    return null;
  }
  throw error;
}

/** The store's published home page, or null. Cached per render: metadata and page both ask. */
export const loadHomePage = cache(async (): Promise<PublishedPage | null> =>
  (await api()).storefront.pages.home().catch(noneWhenMissing),
);

/** The published page at `/pages/<slug>`, or null. Cached per render. */
export const loadPageBySlug = cache(async (slug: string): Promise<PublishedPage | null> =>
  (await api()).storefront.pages.bySlug({ slug }).catch(noneWhenMissing),
);
