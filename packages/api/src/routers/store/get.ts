import { getStore } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

export const get = merchantProcedure
  .meta({ permission: 'store:read' })
  .query(({ ctx }) => getStore({ db: ctx.db, tenantId: ctx.tenantId }));
