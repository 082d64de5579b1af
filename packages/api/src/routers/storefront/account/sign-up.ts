import { signUpCustomer } from '@storeloom/core';
import { customerSignUpInputSchema } from '@storeloom/validators';

import { CART_COOKIE, rememberSignIn } from '../../../session/shopper-cookies.ts';
import { shopperRateLimiter } from '../../../session/shopper-rate-limit.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** Creates a shopper account in this store, signs it in and brings the guest cart along. */
export const signUp = storefrontProcedure
  .input(customerSignUpInputSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await signUpCustomer({
      db: ctx.db,
      tenantId: ctx.tenantId,
      input,
      ip: ctx.ip,
      guestCartToken: ctx.cookies.get(CART_COOKIE) ?? null,
      rateLimit: shopperRateLimiter(ctx.database),
    });
    rememberSignIn(ctx, result);
    return { customer: result.customer };
  });
