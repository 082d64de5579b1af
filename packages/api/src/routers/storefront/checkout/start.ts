import { startCheckout } from '@storeloom/core';

import { shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';
import { recordEventInBackground } from '../events/record-in-background.ts';

/** Opens checkout for the current cart, or returns the checkout already open for it. */
export const start = storefrontProcedure.mutation(async ({ ctx }) => {
  const shopper = await shopperOf(ctx);
  const checkout = await startCheckout({ db: ctx.db, tenantId: ctx.tenantId, shopper });
  recordEventInBackground(
    ctx,
    {
      type: 'checkout_started',
      value: checkout.summary.total,
      metadata: { checkoutId: checkout.checkoutId },
    },
    { cartToken: shopper.cartToken, customerId: shopper.customer?.id ?? null },
  );
  return checkout;
});
