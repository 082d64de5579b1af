import { updateCustomerAddress } from '@storeloom/core';
import { updateCustomerAddressInputSchema } from '@storeloom/validators';

import { customerProcedure } from '../../../../trpc.ts';

export const update = customerProcedure
  .input(updateCustomerAddressInputSchema)
  .mutation(({ ctx, input: { addressId, ...input } }) =>
    updateCustomerAddress({
      db: ctx.db,
      tenantId: ctx.tenantId,
      customerId: ctx.customer.id,
      addressId,
      input,
    }),
  );
