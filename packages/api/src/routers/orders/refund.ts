import { refundOrder } from '@storeloom/core';
import { refundOrderInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** A refund straight on an order, without a return. */
export const refund = merchantProcedure
  .meta({ permission: 'orders:refund' })
  .input(refundOrderInputSchema)
  .mutation(({ ctx, input }) =>
    refundOrder({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
