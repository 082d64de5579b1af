import { cancelOrder } from '@storeloom/core';
import { cancelOrderInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const cancel = merchantProcedure
  .meta({ permission: 'orders:cancel' })
  .input(cancelOrderInputSchema)
  .mutation(({ ctx, input }) =>
    cancelOrder({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
