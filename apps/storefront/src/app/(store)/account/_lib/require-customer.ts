import 'server-only';

import { redirect } from 'next/navigation';

import { signInHref } from '~/components/account/next-path';
import { type CurrentCustomer, loadCurrentCustomer } from '~/lib/current-customer';

/**
 * The signed-in shopper, or a redirect to sign in that comes back to `path` afterwards. Every
 * signed-in account page calls it with its own path.
 */
export async function requireCustomer(path: string): Promise<CurrentCustomer> {
  const customer = await loadCurrentCustomer();
  if (customer === null) redirect(signInHref(path));
  return customer;
}
