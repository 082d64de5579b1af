import { listPublishedPages } from '@storeloom/core';

import { storefrontProcedure } from '../../../trpc.ts';

/** The published content pages the storefront links to (its footer), by title. */
export const navigation = storefrontProcedure.query(({ ctx }) =>
  ctx.cachedCatalogRead('pages.navigation', null, () => listPublishedPages({ db: ctx.db })),
);
