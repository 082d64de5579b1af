import { getCustomerOrder } from '@storeloom/core';
import { customerOrderIdInputSchema } from '@storeloom/validators';

import { customerProcedure } from '../../../../trpc.ts';

/** One of the shopper's own orders with items, shipments and its timeline. */
export const get = customerProcedure
  .input(customerOrderIdInputSchema)
  .query(({ ctx, input }) =>
    getCustomerOrder({ db: ctx.db, customer: ctx.customer, orderId: input.orderId }),
  );
