import { getProfitReport } from '@storeloom/core';
import { profitReportInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Profit and margin by product and by category for a period. */
export const profit = merchantProcedure
  .meta({ permission: 'analytics:read' })
  .input(profitReportInputSchema)
  .query(({ ctx, input }) => getProfitReport({ db: ctx.db, tenantId: ctx.tenantId, ...input }));
