import {
  isDomainError,
  type OrderPaymentAction,
  placeOrder as placeCheckoutOrder,
  startOrderPayment,
} from '@storeloom/core';
import { checkoutIdInputSchema } from '@storeloom/validators';

import { shopperRateLimiter } from '../../../session/shopper-rate-limit.ts';
import { storefrontProcedure } from '../../../trpc.ts';
import { paymentAccess } from '../../payments/payment-access.ts';
import { recordEventInBackground } from '../events/record-in-background.ts';
import { checkoutCommand } from './checkout-command.ts';
import { storefrontUrl } from './storefront-url.ts';

const TEN_MINUTES = 10 * 60;

/**
 * Places the order (awaiting payment). Placing the same checkout again returns the same order.
 * Attempts are limited per checkout and per address. The payment starts after the order's
 * transaction: its next action comes back with the order, or, if the provider is unreachable,
 * `paymentError` and the order stays payable through `payOrder`.
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
    const placed = await placeCheckoutOrder({
      db,
      tenantId,
      checkoutId,
      customer: shopper.customer,
      cartToken: shopper.cartToken,
    });
    // Placing the same checkout again answers with the same order: one purchase, not two.
    if (placed.created) {
      recordEventInBackground(
        ctx,
        {
          type: 'purchase',
          orderId: placed.orderId,
          value: placed.total,
          metadata: { orderNumber: placed.number },
        },
        { cartToken: shopper.cartToken, customerId: shopper.customer?.id ?? null },
      );
    }
    let payment: OrderPaymentAction | null = null;
    let paymentError: string | null = null;
    try {
      const returnUrl = storefrontUrl(ctx.host, `/checkout/payment?orderId=${placed.orderId}`);
      payment = await startOrderPayment({
        db,
        tenantId,
        orderId: placed.orderId,
        shopper: null,
        ...(returnUrl ? { returnUrl, cancelUrl: `${returnUrl}&cancelled=1` } : {}),
        ...paymentAccess(),
      });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      paymentError = error.message;
    }
    return { ...placed, payment, paymentError };
  });
