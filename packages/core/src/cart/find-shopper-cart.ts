import type { TenantTransaction } from '@storeloom/db';

import { hashOpaqueToken } from '../customer-accounts/customer-session-token.ts';
import type { Shopper } from './shopper.ts';

export const shopperCartSelect = {
  id: true,
  customerId: true,
  email: true,
  currency: true,
  discountCodes: true,
} as const;

export interface ShopperCart {
  id: string;
  customerId: string | null;
  email: string | null;
  currency: string;
  discountCodes: string[];
}

/** Where a guest's cart is found: by the hash of its cookie token, and never a customer's cart. */
export function guestCartWhere(token: string | null) {
  if (!token || token.length > 128) return null;
  return { tokenHash: hashOpaqueToken(token), customerId: null };
}

/**
 * The shopper's active cart, or null. A signed-in customer's is their latest active cart; a
 * guest's is the one behind the cookie, unless it belongs to an account (a cookie left after
 * signing out must not show that account's cart).
 */
export async function findShopperCart(
  tx: TenantTransaction,
  shopper: Shopper,
): Promise<ShopperCart | null> {
  if (shopper.customer) {
    return tx.cart.findFirst({
      where: { customerId: shopper.customer.id, status: 'active' },
      orderBy: { lastActivityAt: 'desc' },
      select: shopperCartSelect,
    });
  }
  const where = guestCartWhere(shopper.cartToken);
  if (!where) return null;
  return tx.cart.findFirst({ where: { ...where, status: 'active' }, select: shopperCartSelect });
}
