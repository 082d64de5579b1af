import { setCheckoutPaymentMethod } from '@storeloom/core';
import { setCheckoutPaymentMethodInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';
import { checkoutCommand } from './checkout-command.ts';

export const setPaymentMethod = storefrontProcedure
  .input(setCheckoutPaymentMethodInputSchema)
  .mutation(async ({ ctx, input }) =>
    setCheckoutPaymentMethod({
      ...(await checkoutCommand(ctx, input.checkoutId)),
      provider: input.provider,
    }),
  );
