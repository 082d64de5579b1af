import { getStoreOverview } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

export const overview = merchantProcedure
  .meta({ permission: 'analytics:read' })
  .query(({ ctx }) => getStoreOverview({ db: ctx.db }));
