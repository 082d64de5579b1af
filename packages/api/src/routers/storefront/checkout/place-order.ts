import { placeOrder as placeCheckoutOrder } from '@storeloom/core';
import { checkoutIdInputSchema } from '@storeloom/validators';

import { shopperRateLimiter } from '../../../session/shopper-rate-limit.ts';
import { storefrontProcedure } from '../../../trpc.ts';
import { checkoutCommand } from './checkout-command.ts';

const TEN_MINUTES = 10 * 60;

/**
 * Places the order (awaiting payment). Placing the same checkout again returns the same order.
 * Attempts are limited per checkout and per address.
 */
export const placeOrder = storefrontProcedure
  .input(checkoutIdInputSchema)
  .mutation(async ({ ctx, input }) => {
    const rateLimit = shopperRateLimiter(ctx.database);
    await rateLimit({
      key: `place-order:${ctx.tenantId}:checkout:${input.checkoutId}`,
      limit: 10,
      windowSeconds: TEN_MINUTES,
    });
    await rateLimit({
      key: `place-order:${ctx.tenantId}:ip:${ctx.ip ?? 'unknown'}`,
      limit: 60,
      windowSeconds: TEN_MINUTES,
    });
    const { db, tenantId, shopper, checkoutId } = await checkoutCommand(ctx, input.checkoutId);
    return placeCheckoutOrder({
      db,
      tenantId,
      checkoutId,
      customer: shopper.customer,
      cartToken: shopper.cartToken,
    });
  });
