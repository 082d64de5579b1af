import { markOrderPaid } from '@storeloom/core';
import { markOrderPaidInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Money received outside the platform (bank transfer, cash): a captured manual payment. */
export const markPaid = merchantProcedure
  .meta({ permission: 'orders:write' })
  .input(markOrderPaidInputSchema)
  .mutation(({ ctx, input }) =>
    markOrderPaid({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
