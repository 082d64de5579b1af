import type { TenantTransaction } from '@storeloom/db';

import { mergeGuestCart } from '../cart/merge-guest-cart.ts';
import { createCustomerSession, type IssuedCustomerSession } from './create-customer-session.ts';
import type { CustomerProfile } from './customer-profile.ts';

export interface ShopperSignIn {
  customer: CustomerProfile;
  session: IssuedCustomerSession;
  /** The token the cart cookie must hold from now on, or null to leave the cookie alone. */
  cartToken: string | null;
}

/**
 * The second half of signing up or in, once the shopper is known: a new session, and the cart
 * they filled as a guest brought into their account.
 */
export async function openShopperSession(
  tx: TenantTransaction,
  {
    tenantId,
    customer,
    guestCartToken,
    now,
  }: { tenantId: string; customer: CustomerProfile; guestCartToken: string | null; now: Date },
): Promise<ShopperSignIn> {
  const session = await createCustomerSession(tx, { tenantId, customerId: customer.id, now });
  const { cartToken } = await mergeGuestCart(tx, {
    tenantId,
    customerId: customer.id,
    guestCartToken,
    now,
  });
  return { customer, session, cartToken };
}
