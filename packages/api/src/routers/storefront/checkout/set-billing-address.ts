import { setCheckoutBillingAddress } from '@storeloom/core';
import { setCheckoutBillingAddressInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';
import { checkoutCommand } from './checkout-command.ts';

export const setBillingAddress = storefrontProcedure
  .input(setCheckoutBillingAddressInputSchema)
  .mutation(async ({ ctx, input }) =>
    setCheckoutBillingAddress({
      ...(await checkoutCommand(ctx, input.checkoutId)),
      address: input.address,
      addressId: input.addressId,
      sameAsShipping: input.sameAsShipping,
    }),
  );
