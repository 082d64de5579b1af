import { listCategoryTree } from '@storeloom/core';

import { storefrontProcedure } from '../../../trpc.ts';

export const categoryTree = storefrontProcedure.query(({ ctx }) =>
  ctx.cachedCatalogRead('categoryTree', null, () => listCategoryTree({ db: ctx.db })),
);
