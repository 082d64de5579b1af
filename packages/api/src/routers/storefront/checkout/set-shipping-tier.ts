import { setCheckoutShippingTier } from '@storeloom/core';
import { setCheckoutShippingTierInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';
import { checkoutCommand } from './checkout-command.ts';

export const setShippingTier = storefrontProcedure
  .input(setCheckoutShippingTierInputSchema)
  .mutation(async ({ ctx, input }) =>
    setCheckoutShippingTier({
      ...(await checkoutCommand(ctx, input.checkoutId)),
      tierCode: input.tierCode,
    }),
  );
