import { applyDiscountCode } from '@storeloom/core';
import { cartDiscountCodeInputSchema } from '@storeloom/validators';

import { rememberCart, shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** Adds a discount code; an unusable one is refused with the reason and not kept. */
export const applyCode = storefrontProcedure
  .input(cartDiscountCodeInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { cart, cartToken } = await applyDiscountCode({
      db: ctx.db,
      tenantId: ctx.tenantId,
      shopper: await shopperOf(ctx),
      code: input.code,
    });
    rememberCart(ctx, cartToken);
    return cart;
  });
