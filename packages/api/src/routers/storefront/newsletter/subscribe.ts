import { subscribeToNewsletter } from '@storeloom/core';
import { newsletterSubscribeInputSchema } from '@storeloom/validators';

import { shopperRateLimiter } from '../../../session/shopper-rate-limit.ts';
import { storefrontProcedure } from '../../../trpc.ts';
import { storeOrigin } from '../account/store-origin.ts';

/**
 * Newsletter signup (double opt-in): emails a confirmation link on the host the shopper used.
 * The answer never says whether the address was already known.
 */
export const subscribe = storefrontProcedure
  .input(newsletterSubscribeInputSchema)
  .mutation(({ ctx, input }) =>
    subscribeToNewsletter({
      db: ctx.db,
      tenantId: ctx.tenantId,
      input,
      ip: ctx.ip,
      storefrontOrigin: storeOrigin(ctx.host),
      rateLimit: shopperRateLimiter(ctx.database),
    }),
  );
