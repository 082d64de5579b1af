import { suggestStorefrontProducts } from '@storeloom/core';
import { storefrontSuggestInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** Instant-search suggestions: a few categories and products for the text typed so far. */
export const suggest = storefrontProcedure
  .input(storefrontSuggestInputSchema)
  .query(({ ctx, input }) =>
    ctx.cachedCatalogRead('suggest', input, () =>
      suggestStorefrontProducts({ db: ctx.db, tenantId: ctx.tenantId, q: input.q }),
    ),
  );
