import { searchStorefrontProducts } from '@storeloom/core';
import { storefrontSearchInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** Search and browse: filters, sorts, keyset pages, total and facet counts. */
export const search = storefrontProcedure
  .input(storefrontSearchInputSchema)
  .query(({ ctx, input }) =>
    ctx.cachedCatalogRead('search', input, () =>
      searchStorefrontProducts({ db: ctx.db, tenantId: ctx.tenantId, ...input }),
    ),
  );
