import { listCustomerAddresses } from '@storeloom/core';

import { customerProcedure } from '../../../../trpc.ts';

export const list = customerProcedure.query(({ ctx }) =>
  listCustomerAddresses({ db: ctx.db, customerId: ctx.customer.id }),
);
