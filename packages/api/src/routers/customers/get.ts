import { getCustomer } from '@storeloom/core';
import { getCustomerInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const get = merchantProcedure
  .meta({ permission: 'customers:read' })
  .input(getCustomerInputSchema)
  .query(({ ctx, input }) =>
    getCustomer({ db: ctx.db, tenantId: ctx.tenantId, customerId: input.customerId }),
  );
