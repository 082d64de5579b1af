import { listCategories } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

export const tree = merchantProcedure
  .meta({ permission: 'categories:read' })
  .query(({ ctx }) => listCategories({ db: ctx.db, tenantId: ctx.tenantId }));
