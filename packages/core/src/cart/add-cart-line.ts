import type { TenantClient } from '@storeloom/db';

import { badRequest } from '../errors/domain-error.ts';
import { MAX_LINE_QUANTITY } from './cart-limits.ts';
import { assertInStock, loadCartVariant } from './cart-variant.ts';
import { lockActiveCart, openShopperCart } from './open-shopper-cart.ts';
import { type CartView, priceCart } from './price-cart.ts';
import { recordCartActivity } from './record-cart-activity.ts';
import type { Shopper } from './shopper.ts';
import { readAvailability } from './variant-availability.ts';

export interface CartChange {
  cart: CartView;
  /** Set when a cart was created: the cart cookie must hold this token. */
  cartToken: string | null;
}

/**
 * Puts units of a variant in the shopper's cart (creating the cart on first use). A variant
 * already in the cart gets its quantity raised; the total may not exceed the stock left unless
 * the variant is untracked or allows backorders. The line remembers the price shown now.
 */
export async function addCartLine({
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
    const variant = await loadCartVariant(tx, variantId);
    const { cart, cartToken } = await openShopperCart(tx, { tenantId, shopper });
    await lockActiveCart(tx, { tenantId, cartId: cart.id });
    const line = await tx.cartLine.findFirst({
      where: { cartId: cart.id, variantId },
      select: { id: true, quantity: true },
    });
    const inCart = line?.quantity ?? 0;
    const wanted = inCart + quantity;
    if (wanted > MAX_LINE_QUANTITY) {
      throw badRequest(`At most ${MAX_LINE_QUANTITY} of one item per order`, { variantId });
    }
    if (variant.limited) {
      const available = (await readAvailability(tx, [variantId])).get(variantId) ?? 0;
      assertInStock(variant, { wanted, inCart, available });
    }
    if (line) {
      await tx.cartLine.update({
        where: { id: line.id },
        data: { quantity: wanted, unitPrice: variant.price },
      });
    } else {
      await tx.cartLine.create({
        data: { tenantId, cartId: cart.id, variantId, quantity, unitPrice: variant.price },
      });
    }
    // A new cart of a signed-in shopper can be reminded about from its first line.
    await recordCartActivity(tx, { tenantId, cartId: cart.id, now, reachable: cartToken !== null });
    const view = await priceCart(tx, { tenantId, cart, customer: shopper.customer, now });
    return { cart: view, cartToken };
  });
}
