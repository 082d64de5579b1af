import { signOutCustomer } from '@storeloom/core';

import { forgetShopper } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** Ends this browser's session and forgets its cart cookie; harmless when signed out. */
export const signOut = storefrontProcedure.mutation(async ({ ctx }) => {
  const customer = await ctx.currentCustomer();
  if (customer) await signOutCustomer({ db: ctx.db, sessionId: customer.sessionId });
  forgetShopper(ctx);
  return { signedOut: true };
});
