import { editOrder } from '@storeloom/core';
import { editOrderInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** Quantities, removed lines or a new shipping address of an order awaiting payment; re-priced. */
export const edit = merchantProcedure
  .meta({ permission: 'orders:write' })
  .input(editOrderInputSchema)
  .mutation(({ ctx, input }) =>
    editOrder({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
