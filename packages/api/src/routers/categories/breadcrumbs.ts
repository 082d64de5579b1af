import { getCategoryBreadcrumbs } from '@storeloom/core';
import { categoryIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const breadcrumbs = merchantProcedure
  .meta({ permission: 'categories:read' })
  .input(categoryIdInputSchema)
  .query(({ ctx, input }) => getCategoryBreadcrumbs({ db: ctx.db, categoryId: input.categoryId }));
