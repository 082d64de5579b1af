import { canonicalOrigin, getStorefrontSite, originOfHost } from '@storeloom/core';

import { storefrontProcedure } from '../../../trpc.ts';
import { storeOrigin } from '../account/store-origin.ts';

/**
 * Where this request is served (`origin`), where the store's pages canonically live
 * (`canonicalOrigin`: its verified primary domain) and its tagline for link previews. The store
 * part is cached with the catalog reads: a domain change clears it at once, a newly published
 * home page shows within the cache's TTL (a minute).
 */
export const site = storefrontProcedure.query(async ({ ctx }) => {
  const origin = storeOrigin(ctx.host);
  const store = await ctx.cachedCatalogRead('seo.site', null, () =>
    getStorefrontSite({ db: ctx.db }),
  );
  const servedHost = new URL(origin).host;
  return {
    origin: originOfHost(servedHost),
    canonicalOrigin: canonicalOrigin({ servedHost, primaryHost: store.primaryHost }),
    tagline: store.tagline,
  };
});
