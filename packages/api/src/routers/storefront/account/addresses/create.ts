import { createCustomerAddress } from '@storeloom/core';
import { customerAddressInputSchema } from '@storeloom/validators';

import { customerProcedure } from '../../../../trpc.ts';

export const create = customerProcedure
  .input(customerAddressInputSchema)
  .mutation(({ ctx, input }) =>
    createCustomerAddress({
      db: ctx.db,
      tenantId: ctx.tenantId,
      customerId: ctx.customer.id,
      input,
    }),
  );
