import { getTopProductsReport } from '@storeloom/core';
import { topProductsReportInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const topProducts = merchantProcedure
  .meta({ permission: 'analytics:read' })
  .input(topProductsReportInputSchema)
  .query(({ ctx, input }) =>
    getTopProductsReport({ db: ctx.db, tenantId: ctx.tenantId, ...input }),
  );
