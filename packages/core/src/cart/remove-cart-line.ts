import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { findShopperCart } from './find-shopper-cart.ts';
import { lockActiveCart } from './open-shopper-cart.ts';
import { type CartView, priceCart } from './price-cart.ts';
import { recordCartActivity } from './record-cart-activity.ts';
import type { Shopper } from './shopper.ts';

/** Takes a variant out of the shopper's cart. */
export async function removeCartLine({
  db,
  tenantId,
  shopper,
  variantId,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  shopper: Shopper;
  variantId: string;
  now?: Date;
}): Promise<CartView> {
  return db.$transaction(async (tx) => {
    const cart = await findShopperCart(tx, shopper);
    if (!cart) throw notFound('Cart item');
    await lockActiveCart(tx, { tenantId, cartId: cart.id });
    const { count } = await tx.cartLine.deleteMany({ where: { cartId: cart.id, variantId } });
    if (count === 0) throw notFound('Cart item');
    await recordCartActivity(tx, { tenantId, cartId: cart.id, now });
    return priceCart(tx, { tenantId, cart, customer: shopper.customer, now });
  });
}
