import type { SignedInCustomer } from '../customer-accounts/resolve-customer-session.ts';

/** Who is shopping: the cart cookie's raw token (guests) and the signed-in customer, if any. */
export interface Shopper {
  cartToken: string | null;
  customer: SignedInCustomer | null;
}
