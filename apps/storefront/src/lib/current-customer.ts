import 'server-only';

import type { RouterOutputs } from '@storeloom/api';
import { cache } from 'react';

import { api } from '~/trpc/server';

export type CurrentCustomer = NonNullable<RouterOutputs['storefront']['account']['me']['customer']>;

/**
 * The signed-in shopper of this request, or null. Cached per render: the header and the account
 * pages both ask, and it should be one lookup of the session cookie.
 */
export const loadCurrentCustomer = cache(
  async (): Promise<CurrentCustomer | null> =>
    (await (await api()).storefront.account.me()).customer,
);

/** What the header's account link reads: the first name, "Account" without one, null signed out. */
export function headerNameOf(customer: CurrentCustomer | null): string | null {
  if (customer === null) return null;
  return customer.firstName?.trim() || 'Account';
}
