import { getCheckout } from '@storeloom/core';
import { checkoutIdInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';
import { checkoutCommand } from './checkout-command.ts';

/** The checkout, its priced summary and the steps still missing. */
export const get = storefrontProcedure
  .input(checkoutIdInputSchema)
  .query(async ({ ctx, input }) => getCheckout(await checkoutCommand(ctx, input.checkoutId)));
