import { setDefaultCustomerAddress } from '@storeloom/core';
import { setDefaultCustomerAddressInputSchema } from '@storeloom/validators';

import { customerProcedure } from '../../../../trpc.ts';

/** Makes an address the default for shipping or billing. */
export const setDefault = customerProcedure
  .input(setDefaultCustomerAddressInputSchema)
  .mutation(({ ctx, input }) =>
    setDefaultCustomerAddress({
      db: ctx.db,
      tenantId: ctx.tenantId,
      customerId: ctx.customer.id,
      addressId: input.addressId,
      kind: input.kind,
    }),
  );
