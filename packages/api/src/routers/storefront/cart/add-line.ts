import { addCartLine } from '@storeloom/core';
import { cartLineInputSchema } from '@storeloom/validators';

import { rememberCart, shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';
import { recordEventInBackground } from '../events/record-in-background.ts';

/** Adds units of a variant; the first line creates the cart and sets its cookie. */
export const addLine = storefrontProcedure
  .input(cartLineInputSchema)
  .mutation(async ({ ctx, input }) => {
    const shopper = await shopperOf(ctx);
    const { cart, cartToken } = await addCartLine({
      db: ctx.db,
      tenantId: ctx.tenantId,
      shopper,
      variantId: input.variantId,
      quantity: input.quantity,
    });
    rememberCart(ctx, cartToken);
    const line = cart.lines.find((candidate) => candidate.variantId === input.variantId);
    recordEventInBackground(
      ctx,
      {
        type: 'add_to_cart',
        productId: line?.productId ?? null,
        variantId: input.variantId,
        value: line ? line.unitPrice * input.quantity : null,
        metadata: { quantity: input.quantity },
      },
      { cartToken: cartToken ?? shopper.cartToken, customerId: shopper.customer?.id ?? null },
    );
    return cart;
  });
