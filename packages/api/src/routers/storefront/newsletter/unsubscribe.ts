import { unsubscribeFromNewsletter } from '@storeloom/core';
import { newsletterUnsubscribeInputSchema } from '@storeloom/validators';

import { storefrontProcedure } from '../../../trpc.ts';

/** The unsubscribe link's token takes the address off the list; pressing again is harmless. */
export const unsubscribe = storefrontProcedure
  .input(newsletterUnsubscribeInputSchema)
  .mutation(({ ctx, input }) =>
    unsubscribeFromNewsletter({ db: ctx.db, tenantId: ctx.tenantId, token: input.token }),
  );
