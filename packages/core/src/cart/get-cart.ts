import type { TenantClient } from '@storeloom/db';

import { emptyCartView } from './empty-cart-view.ts';
import { findShopperCart } from './find-shopper-cart.ts';
import { type CartView, priceCart } from './price-cart.ts';
import type { Shopper } from './shopper.ts';

/** The shopper's cart with its issues and server-side totals; an empty cart when there is none. */
export async function getCart({
  db,
  tenantId,
  shopper,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  shopper: Shopper;
  now?: Date;
}): Promise<CartView> {
  return db.$transaction(async (tx) => {
    const cart = await findShopperCart(tx, shopper);
    if (!cart) return emptyCartView(tx, tenantId);
    return priceCart(tx, { tenantId, cart, customer: shopper.customer, now });
  });
}
