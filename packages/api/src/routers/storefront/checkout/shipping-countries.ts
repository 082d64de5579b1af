import { listShippingCountries } from '@storeloom/core';

import { storefrontProcedure } from '../../../trpc.ts';

/** The countries the address form offers: those the store's shipping zones serve. */
export const shippingCountries = storefrontProcedure.query(({ ctx }) =>
  listShippingCountries({ db: ctx.db }),
);
