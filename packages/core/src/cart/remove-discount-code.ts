import type { TenantClient } from '@storeloom/db';

import { normalizeDiscountCode } from '../discounts/normalize-code.ts';
import { findShopperCart } from './find-shopper-cart.ts';
import { lockActiveCart } from './open-shopper-cart.ts';
import { type CartView, priceCart } from './price-cart.ts';
import { recordCartActivity } from './record-cart-activity.ts';
import type { Shopper } from './shopper.ts';

/** Takes a code off the shopper's cart; a code that is not there changes nothing. */
export async function removeDiscountCode({
  db,
  tenantId,
  shopper,
  code,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  shopper: Shopper;
  code: string;
  now?: Date;
}): Promise<CartView> {
  const normalized = normalizeDiscountCode(code);
  return db.$transaction(async (tx) => {
    const cart = await findShopperCart(tx, shopper);
    if (!cart?.discountCodes.includes(normalized)) {
      return priceCart(tx, { tenantId, cart, customer: shopper.customer, now });
    }
    await lockActiveCart(tx, { tenantId, cartId: cart.id });
    const updated = await tx.cart.update({
      where: { id: cart.id },
      data: {
        discountCodes: cart.discountCodes.filter((entry) => entry !== normalized),
      },
      select: { discountCodes: true },
    });
    await recordCartActivity(tx, { tenantId, cartId: cart.id, now });
    return priceCart(tx, {
      tenantId,
      cart: { ...cart, discountCodes: updated.discountCodes },
      customer: shopper.customer,
      now,
    });
  });
}
