import { resetCustomerPassword } from '@storeloom/core';
import { resetCustomerPasswordInputSchema } from '@storeloom/validators';

import { CART_COOKIE, rememberSignIn } from '../../../session/shopper-cookies.ts';
import { shopperRateLimiter } from '../../../session/shopper-rate-limit.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** Sets a new password from an emailed link and signs this browser in (every other one is out). */
export const resetPassword = storefrontProcedure
  .input(resetCustomerPasswordInputSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await resetCustomerPassword({
      db: ctx.db,
      tenantId: ctx.tenantId,
      token: input.token,
      password: input.password,
      ip: ctx.ip,
      guestCartToken: ctx.cookies.get(CART_COOKIE) ?? null,
      rateLimit: shopperRateLimiter(ctx.database),
    });
    rememberSignIn(ctx, result);
    return { customer: result.customer };
  });
