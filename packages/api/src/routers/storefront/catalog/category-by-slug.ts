import { getStorefrontCategory } from '@storeloom/core';
import { storefrontCategoryBySlugInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** A category with its breadcrumbs and direct subcategories; its products come from `search`. */
export const categoryBySlug = storefrontProcedure
  .input(storefrontCategoryBySlugInputSchema)
  .query(({ ctx, input }) =>
    ctx.cachedCatalogRead('categoryBySlug', input, () =>
      getStorefrontCategory({ db: ctx.db, tenantId: ctx.tenantId, slug: input.slug }),
    ),
  );
