import { deleteCustomerAddress } from '@storeloom/core';
import { customerAddressIdInputSchema } from '@storeloom/validators';

import { customerProcedure } from '../../../../trpc.ts';

export const deleteAddress = customerProcedure
  .input(customerAddressIdInputSchema)
  .mutation(({ ctx, input }) =>
    deleteCustomerAddress({ db: ctx.db, customerId: ctx.customer.id, addressId: input.addressId }),
  );
