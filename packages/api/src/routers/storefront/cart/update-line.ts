import { updateCartLine } from '@storeloom/core';
import { cartLineInputSchema } from '@storeloom/validators';

import { rememberCart, shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** Sets a line's quantity (at least 1; removing a line is `removeLine`). */
export const updateLine = storefrontProcedure
  .input(cartLineInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { cart } = await updateCartLine({
      db: ctx.db,
      tenantId: ctx.tenantId,
      shopper: await shopperOf(ctx),
      variantId: input.variantId,
      quantity: input.quantity,
    });
    rememberCart(ctx, null);
    return cart;
  });
