import { listStockLevels } from '@storeloom/core';
import { listStockLevelsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const listLevels = merchantProcedure
  .meta({ permission: 'inventory:read' })
  .input(listStockLevelsInputSchema)
  .query(({ ctx, input }) => listStockLevels({ db: ctx.db, tenantId: ctx.tenantId, ...input }));
