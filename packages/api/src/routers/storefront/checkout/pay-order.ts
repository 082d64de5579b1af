import { startOrderPayment } from '@storeloom/core';
import { payOrderInputSchema } from '@storeloom/validators';

import { shopperOf } from '../../../session/shopper-cookies.ts';
import { shopperRateLimiter } from '../../../session/shopper-rate-limit.ts';
import { storefrontProcedure } from '../../../trpc.ts';
import { paymentAccess } from '../../payments/payment-access.ts';
import { storefrontUrl } from './storefront-url.ts';

const TEN_MINUTES = 10 * 60;

/**
 * Starts or resumes paying one of the shopper's own orders: the card form's client secret, the
 * PayPal approval link (captured when the shopper comes back and calls this again), or the
 * manual instructions. Another shopper's order is not found.
 */
export const payOrder = storefrontProcedure
  .input(payOrderInputSchema)
  .mutation(async ({ ctx, input }) => {
    await shopperRateLimiter(ctx.database)({
      key: `pay-order:${ctx.tenantId}:order:${input.orderId}`,
      limit: 30,
      windowSeconds: TEN_MINUTES,
    });
    const returnUrl = storefrontUrl(ctx.host, `/checkout/payment?orderId=${input.orderId}`);
    return startOrderPayment({
      db: ctx.db,
      tenantId: ctx.tenantId,
      orderId: input.orderId,
      shopper: await shopperOf(ctx),
      ...(input.provider ? { provider: input.provider } : {}),
      ...(returnUrl ? { returnUrl, cancelUrl: `${returnUrl}&cancelled=1` } : {}),
      ...paymentAccess(),
    });
  });
