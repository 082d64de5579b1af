import { getPublishedPage } from '@storeloom/core';
import { storefrontPageBySlugInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** A published content page at `/pages/<slug>`; NOT_FOUND for drafts and unknown slugs. */
export const bySlug = storefrontProcedure
  .input(storefrontPageBySlugInputSchema)
  .query(({ ctx, input }) =>
    ctx.cachedCatalogRead('pages.bySlug', input, () =>
      getPublishedPage({ db: ctx.db, slug: input.slug }),
    ),
  );
