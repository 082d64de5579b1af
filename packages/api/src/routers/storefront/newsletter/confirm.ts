import { confirmNewsletterSubscription } from '@storeloom/core';
import { newsletterConfirmInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** The confirmation link's token makes the pending address subscribed, once. */
export const confirm = storefrontProcedure
  .input(newsletterConfirmInputSchema)
  .mutation(({ ctx, input }) =>
    confirmNewsletterSubscription({ db: ctx.db, tenantId: ctx.tenantId, token: input.token }),
  );
