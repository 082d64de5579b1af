import { removeDiscountCode } from '@storeloom/core';
import { cartDiscountCodeInputSchema } from '@storeloom/validators';

import { rememberCart, shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** Takes a code off the cart; a code that is not there changes nothing. */
export const removeCode = storefrontProcedure
  .input(cartDiscountCodeInputSchema)
  .mutation(async ({ ctx, input }) => {
    const cart = await removeDiscountCode({
      db: ctx.db,
      tenantId: ctx.tenantId,
      shopper: await shopperOf(ctx),
      code: input.code,
    });
    rememberCart(ctx, null);
    return cart;
  });
