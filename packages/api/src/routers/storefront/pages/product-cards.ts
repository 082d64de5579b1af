import { listProductCardsBySlug } from '@storeloom/core';
import { storefrontProductCardsInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** Cards of a product-grid block's hand-picked products, in order; inactive ones left out. */
export const productCards = storefrontProcedure
  .input(storefrontProductCardsInputSchema)
  .query(({ ctx, input }) =>
    ctx.cachedCatalogRead('pages.productCards', input, () =>
      listProductCardsBySlug({ db: ctx.db, slugs: input.slugs }),
    ),
  );
