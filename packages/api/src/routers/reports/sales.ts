import { getSalesReport } from '@storeloom/core';
import { salesReportInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Sales by day, week or month for a period, with the previous period for comparison. */
export const sales = merchantProcedure
  .meta({ permission: 'analytics:read' })
  .input(salesReportInputSchema)
  .query(({ ctx, input }) => getSalesReport({ db: ctx.db, tenantId: ctx.tenantId, ...input }));
