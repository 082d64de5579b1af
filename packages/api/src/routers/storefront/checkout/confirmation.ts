import { getOrderConfirmation } from '@storeloom/core';
import { checkoutOrderInputSchema } from '@storeloom/validators';

import { shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/**
 * The confirmation of an order for the shopper who placed it: the signed-in account, or the guest
 * whose cart cookie it was placed from. Anyone else gets NOT_FOUND.
 */
export const confirmation = storefrontProcedure
  .input(checkoutOrderInputSchema)
  .query(async ({ ctx, input }) =>
    getOrderConfirmation({
      db: ctx.db,
      tenantId: ctx.tenantId,
      orderId: input.orderId,
      shopper: await shopperOf(ctx),
    }),
  );
