import { getInventoryReport } from '@storeloom/core';
import { inventoryReportInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Stock value at cost and retail, and the variants running low. */
export const inventory = merchantProcedure
  .meta({ permission: 'analytics:read' })
  .input(inventoryReportInputSchema)
  .query(({ ctx, input }) => getInventoryReport({ db: ctx.db, tenantId: ctx.tenantId, ...input }));
