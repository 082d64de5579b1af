import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import type { CartChange } from './add-cart-line.ts';
import { assertInStock, loadCartVariant } from './cart-variant.ts';
import { findShopperCart } from './find-shopper-cart.ts';
import { lockActiveCart } from './open-shopper-cart.ts';
import { priceCart } from './price-cart.ts';
import { recordCartActivity } from './record-cart-activity.ts';
import type { Shopper } from './shopper.ts';
import { readAvailability } from './variant-availability.ts';

/**
 * Sets the quantity of a line (1..999; removing is its own operation). Raising it must fit the
 * stock left; lowering is always allowed. The line takes the current price: the shopper has
 * just seen it.
 */
export async function updateCartLine({
  db,
  tenantId,
  shopper,
  variantId,
  quantity,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  shopper: Shopper;
  variantId: string;
  quantity: number;
  now?: Date;
}): Promise<CartChange> {
  return db.$transaction(async (tx) => {
    const cart = await findShopperCart(tx, shopper);
    if (!cart) throw notFound('Cart item');
    await lockActiveCart(tx, { tenantId, cartId: cart.id });
    const line = await tx.cartLine.findFirst({
      where: { cartId: cart.id, variantId },
      select: { id: true, quantity: true },
    });
    if (!line) throw notFound('Cart item');
    const variant = await loadCartVariant(tx, variantId);
    if (variant.limited && quantity > line.quantity) {
      const available = (await readAvailability(tx, [variantId])).get(variantId) ?? 0;
      assertInStock(variant, { wanted: quantity, inCart: 0, available });
    }
    await tx.cartLine.update({
      where: { id: line.id },
      data: { quantity, unitPrice: variant.price },
    });
    await recordCartActivity(tx, { tenantId, cartId: cart.id, now });
    const view = await priceCart(tx, { tenantId, cart, customer: shopper.customer, now });
    return { cart: view, cartToken: null };
  });
}
