import { getPublishedHomePage } from '@storeloom/core';

import { storefrontProcedure } from '../../../trpc.ts';

/** The store's published home page; NOT_FOUND while it has none (the storefront then lists new arrivals). */
export const home = storefrontProcedure.query(({ ctx }) =>
  ctx.cachedCatalogRead('pages.home', null, () => getPublishedHomePage({ db: ctx.db })),
);
