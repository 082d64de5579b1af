import { signInCustomer } from '@storeloom/core';
import { customerSignInInputSchema } from '@storeloom/validators';

import { CART_COOKIE, rememberSignIn } from '../../../session/shopper-cookies.ts';
import { shopperRateLimiter } from '../../../session/shopper-rate-limit.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** Signs a shopper in; the guest cart is merged into their account's cart. */
export const signIn = storefrontProcedure
  .input(customerSignInInputSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await signInCustomer({
      db: ctx.db,
      tenantId: ctx.tenantId,
      email: input.email,
      password: input.password,
      ip: ctx.ip,
      guestCartToken: ctx.cookies.get(CART_COOKIE) ?? null,
      rateLimit: shopperRateLimiter(ctx.database),
    });
    rememberSignIn(ctx, result);
    return { customer: result.customer };
  });
