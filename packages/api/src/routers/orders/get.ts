import { getOrder } from '@storeloom/core';
import { orderIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const get = merchantProcedure
  .meta({ permission: 'orders:read' })
  .input(orderIdInputSchema)
  .query(({ ctx, input }) => getOrder({ db: ctx.db, orderId: input.orderId }));
