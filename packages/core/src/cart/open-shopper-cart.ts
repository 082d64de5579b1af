import type { CartStatus, TenantTransaction } from '@storeloom/db';

import { hashOpaqueToken, newOpaqueToken } from '../customer-accounts/customer-session-token.ts';
import { conflict, notFound } from '../errors/domain-error.ts';
import { findShopperCart, type ShopperCart, shopperCartSelect } from './find-shopper-cart.ts';
import type { Shopper } from './shopper.ts';

export interface OpenedCart {
  cart: ShopperCart;
  /** Set when a cart was created: the cookie must hold this token from now on. */
  cartToken: string | null;
}

/** The shopper's active cart, created (with a fresh token for the cookie) when there is none. */
export async function openShopperCart(
  tx: TenantTransaction,
  { tenantId, shopper }: { tenantId: string; shopper: Shopper },
): Promise<OpenedCart> {
  const existing = await findShopperCart(tx, shopper);
  if (existing) return { cart: existing, cartToken: null };
  const store = await tx.tenant.findUnique({
    where: { id: tenantId },
    select: { currency: true },
  });
  if (!store) throw notFound('Store');
  const cartToken = newOpaqueToken();
  const cart = await tx.cart.create({
    data: {
      tenantId,
      tokenHash: hashOpaqueToken(cartToken),
      customerId: shopper.customer?.id ?? null,
      email: shopper.customer?.email ?? null,
      currency: store.currency,
    },
    select: shopperCartSelect,
  });
  return { cart, cartToken };
}

/**
 * Holds the cart row until the transaction ends, so concurrent edits of one cart (and placing
 * its order) queue. Returns the status as it is once the lock is held.
 */
export async function lockCart(
  tx: TenantTransaction,
  { tenantId, cartId }: { tenantId: string; cartId: string },
): Promise<CartStatus | null> {
  const rows = await tx.$queryRaw<{ status: CartStatus }[]>`
    SELECT "status" FROM "Cart" WHERE "tenantId" = ${tenantId} AND "id" = ${cartId} FOR UPDATE`;
  return rows[0]?.status ?? null;
}

/** Locks a cart about to be changed; one checked out or merged meanwhile is left alone. */
export async function lockActiveCart(
  tx: TenantTransaction,
  cart: { tenantId: string; cartId: string },
): Promise<void> {
  if ((await lockCart(tx, cart)) !== 'active') {
    throw conflict('Your cart was just checked out or merged; reload it to continue');
  }
}
