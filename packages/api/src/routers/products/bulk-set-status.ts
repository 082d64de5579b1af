import { bulkSetProductStatus } from '@storeloom/core';
import { bulkSetStatusInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const bulkSetStatus = merchantProcedure
  .meta({ permission: 'products:write' })
  .input(bulkSetStatusInputSchema)
  .mutation(({ ctx, input }) =>
    bulkSetProductStatus({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
