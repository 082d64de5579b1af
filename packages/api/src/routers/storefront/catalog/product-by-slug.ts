import { getStorefrontProduct } from '@storeloom/core';
import { storefrontProductBySlugInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** The product page; NOT_FOUND for drafts, archived products and unknown slugs. */
export const productBySlug = storefrontProcedure
  .input(storefrontProductBySlugInputSchema)
  .query(({ ctx, input }) =>
    ctx.cachedCatalogRead('productBySlug', input, () =>
      getStorefrontProduct({ db: ctx.db, tenantId: ctx.tenantId, slug: input.slug }),
    ),
  );
