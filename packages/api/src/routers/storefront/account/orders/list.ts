import { listCustomerOrders } from '@storeloom/core';
import { listCustomerOrdersInputSchema } from '@storeloom/validators';

import { customerProcedure } from '../../../../trpc.ts';

/** The shopper's own orders, newest first. */
export const list = customerProcedure.input(listCustomerOrdersInputSchema).query(({ ctx, input }) =>
  listCustomerOrders({
    db: ctx.db,
    customer: ctx.customer,
    cursor: input.cursor,
    limit: input.limit,
  }),
);
