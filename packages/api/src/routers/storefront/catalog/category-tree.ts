import { listCategoryTree } from '@storeloom/core';

import { storefrontProcedure } from '../../../trpc.ts';

export const categoryTree = storefrontProcedure.query(({ ctx }) =>
  listCategoryTree({ db: ctx.db }),
);
