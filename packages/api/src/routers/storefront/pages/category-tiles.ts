import { listCategoryTiles } from '@storeloom/core';
import { storefrontCategoryTilesInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** Tiles of a category-list block: name, product count and a picture per category. */
export const categoryTiles = storefrontProcedure
  .input(storefrontCategoryTilesInputSchema)
  .query(({ ctx, input }) =>
    ctx.cachedCatalogRead('pages.categoryTiles', input, () =>
      listCategoryTiles({ db: ctx.db, tenantId: ctx.tenantId, ...input }),
    ),
  );
