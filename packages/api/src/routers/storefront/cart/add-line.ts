import { addCartLine } from '@storeloom/core';
import { cartLineInputSchema } from '@storeloom/validators';

import { rememberCart, shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** Adds units of a variant; the first line creates the cart and sets its cookie. */
export const addLine = storefrontProcedure
  .input(cartLineInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { cart, cartToken } = await addCartLine({
      db: ctx.db,
      tenantId: ctx.tenantId,
      shopper: await shopperOf(ctx),
      variantId: input.variantId,
      quantity: input.quantity,
    });
    rememberCart(ctx, cartToken);
    return cart;
  });
