import { signInWithMagicLink as signInWithLink } from '@storeloom/core';
import { customerMagicLinkSignInInputSchema } from '@storeloom/validators';

import { CART_COOKIE, rememberSignIn } from '../../../session/shopper-cookies.ts';
import { shopperRateLimiter } from '../../../session/shopper-rate-limit.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/**
 * Signs a shopper in with an emailed link. A mutation (POST), never a GET: mail scanners and link
 * previews open links, and must not use the token up.
 */
export const signInWithMagicLink = storefrontProcedure
  .input(customerMagicLinkSignInInputSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await signInWithLink({
      db: ctx.db,
      tenantId: ctx.tenantId,
      token: input.token,
      ip: ctx.ip,
      guestCartToken: ctx.cookies.get(CART_COOKIE) ?? null,
      rateLimit: shopperRateLimiter(ctx.database),
    });
    rememberSignIn(ctx, result);
    return { customer: result.customer };
  });
