import { emailCustomerLink } from '@storeloom/core';
import { customerEmailLinkRequestSchema } from '@storeloom/validators';

import { shopperRateLimiter } from '../../../session/shopper-rate-limit.ts';
import { storefrontProcedure } from '../../../trpc.ts';
import { storeOrigin } from './store-origin.ts';

/**
 * Emails a one-time sign-in link if the address has an account. The answer never says whether it
 * does, so the form cannot be used to find out who shops here.
 */
export const requestMagicLink = storefrontProcedure
  .input(customerEmailLinkRequestSchema)
  .mutation(async ({ ctx, input }) => {
    await emailCustomerLink({
      db: ctx.db,
      tenantId: ctx.tenantId,
      kind: 'magic_link',
      email: input.email,
      storeOrigin: storeOrigin(ctx.host),
      ip: ctx.ip,
      rateLimit: shopperRateLimiter(ctx.database),
    });
    return { requested: true };
  });
