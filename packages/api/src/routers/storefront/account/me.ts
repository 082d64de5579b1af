import { getCustomerProfile } from '@storeloom/core';

import { storefrontProcedure } from '../../../trpc.ts';

/** The signed-in shopper's account, or null: the storefront asks on every page. */
export const me = storefrontProcedure.query(async ({ ctx }) => {
  const customer = await ctx.currentCustomer();
  return {
    customer: customer ? await getCustomerProfile({ db: ctx.db, customerId: customer.id }) : null,
  };
});
