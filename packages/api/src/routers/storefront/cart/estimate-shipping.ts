import { estimateShipping as estimateCartShipping } from '@storeloom/core';
import { estimateShippingInputSchema } from '@storeloom/validators';

import { shopperOf } from '../../../session/shopper-cookies.ts';
import { storefrontProcedure } from '../../../trpc.ts';

/** Delivery options and prices for the cart to a country, region and postcode. */
export const estimateShipping = storefrontProcedure
  .input(estimateShippingInputSchema)
  .query(async ({ ctx, input }) =>
    estimateCartShipping({
      db: ctx.db,
      tenantId: ctx.tenantId,
      shopper: await shopperOf(ctx),
      destination: input,
    }),
  );
