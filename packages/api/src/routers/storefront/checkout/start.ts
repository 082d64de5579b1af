import { startCheckout } from '@storeloom/core';

import { shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** Opens checkout for the current cart, or returns the checkout already open for it. */
export const start = storefrontProcedure.mutation(async ({ ctx }) =>
  startCheckout({ db: ctx.db, tenantId: ctx.tenantId, shopper: await shopperOf(ctx) }),
);
