import { setCheckoutContact } from '@storeloom/core';
import { setCheckoutContactInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';
import { checkoutCommand } from './checkout-command.ts';

export const setContact = storefrontProcedure
  .input(setCheckoutContactInputSchema)
  .mutation(async ({ ctx, input }) =>
    setCheckoutContact({
      ...(await checkoutCommand(ctx, input.checkoutId)),
      email: input.email,
      phone: input.phone,
      note: input.note,
    }),
  );
