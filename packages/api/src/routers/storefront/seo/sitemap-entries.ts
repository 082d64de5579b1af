import { listSitemapEntries } from '@storeloom/core';
import { sitemapEntriesInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** One keyset page of the sitemap's pages, categories or products, as storefront paths. */
export const sitemapEntries = storefrontProcedure
  .input(sitemapEntriesInputSchema)
  .query(({ ctx, input }) =>
    listSitemapEntries({
      db: ctx.db,
      section: input.section,
      cursor: input.cursor,
      limit: input.limit,
    }),
  );
