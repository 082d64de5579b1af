import { setCheckoutShippingAddress } from '@storeloom/core';
import { setCheckoutShippingAddressInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';
import { checkoutCommand } from './checkout-command.ts';

/** A new address, or `addressId` from the signed-in shopper's book; refused where nothing ships. */
export const setShippingAddress = storefrontProcedure
  .input(setCheckoutShippingAddressInputSchema)
  .mutation(async ({ ctx, input }) =>
    setCheckoutShippingAddress({
      ...(await checkoutCommand(ctx, input.checkoutId)),
      address: input.address,
      addressId: input.addressId,
    }),
  );
