import { listCustomerReturns } from '@storeloom/core';

import { customerProcedure } from '../../../trpc.ts';

/** The signed-in shopper's returns. */
export const list = customerProcedure.query(({ ctx }) =>
  listCustomerReturns({ db: ctx.db, customer: ctx.customer }),
);
