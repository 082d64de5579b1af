import { listInventoryLocations } from '@storeloom/core';

import { merchantProcedure } from '../../trpc.ts';

export const listLocations = merchantProcedure
  .meta({ permission: 'inventory:read' })
  .query(({ ctx }) => listInventoryLocations({ db: ctx.db }));
