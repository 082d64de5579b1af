import { removeCartLine } from '@storeloom/core';
import { removeCartLineInputSchema } from '@storeloom/validators';

import { rememberCart, shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';

export const removeLine = storefrontProcedure
  .input(removeCartLineInputSchema)
  .mutation(async ({ ctx, input }) => {
    const cart = await removeCartLine({
      db: ctx.db,
      tenantId: ctx.tenantId,
      shopper: await shopperOf(ctx),
      variantId: input.variantId,
    });
    rememberCart(ctx, null);
    return cart;
  });
