import { listOrders } from '@storeloom/core';
import { listOrdersInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const list = merchantProcedure
  .meta({ permission: 'orders:read' })
  .input(listOrdersInputSchema)
  .query(({ ctx, input }) => listOrders({ db: ctx.db, ...input }));
