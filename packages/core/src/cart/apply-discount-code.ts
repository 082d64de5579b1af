import type { TenantClient } from '@storeloom/db';

import { normalizeDiscountCode } from '../discounts/normalize-code.ts';
import { badRequest, DomainError } from '../errors/domain-error.ts';
import type { CartChange } from './add-cart-line.ts';
import { MAX_CART_CODES } from './cart-limits.ts';
import { findShopperCart } from './find-shopper-cart.ts';
import { lockActiveCart, openShopperCart } from './open-shopper-cart.ts';
import { priceCart } from './price-cart.ts';
import { recordCartActivity } from './record-cart-activity.ts';
import type { Shopper } from './shopper.ts';

/**
 * Adds a discount code to the shopper's cart after pricing the cart with it. A code that does
 * not exist in this store is NOT_FOUND; one that exists but cannot be used now (expired, used
 * up, minimum not met, does not combine) is a BAD_REQUEST with the reason pricing gives, and is
 * not stored.
 */
export async function applyDiscountCode({
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
}): Promise<CartChange> {
  const normalized = normalizeDiscountCode(code);
  return db.$transaction(async (tx) => {
    const current = await findShopperCart(tx, shopper);
    const codes = current?.discountCodes ?? [];
    if (codes.includes(normalized)) {
      const view = await priceCart(tx, {
        tenantId,
        cart: current,
        customer: shopper.customer,
        now,
      });
      return { cart: view, cartToken: null };
    }
    if (codes.length >= MAX_CART_CODES) {
      throw badRequest(`At most ${MAX_CART_CODES} codes can be used on one order`);
    }
    const trial = await priceCart(tx, {
      tenantId,
      cart: current,
      customer: shopper.customer,
      discountCodes: [...codes, normalized],
      now,
    });
    const rejected = trial.rejectedCodes.find(
      (entry) => normalizeDiscountCode(entry.code) === normalized,
    );
    if (rejected) {
      const exists = await tx.discount.findFirst({
        where: { code: normalized, method: 'code' },
        select: { id: true },
      });
      throw new DomainError(exists ? 'BAD_REQUEST' : 'NOT_FOUND', rejected.reason, {
        code: normalized,
      });
    }
    const { cart, cartToken } = await openShopperCart(tx, { tenantId, shopper });
    await lockActiveCart(tx, { tenantId, cartId: cart.id });
    const stored = await tx.cart.update({
      where: { id: cart.id },
      data: { discountCodes: { push: normalized } },
      select: { discountCodes: true },
    });
    await recordCartActivity(tx, { tenantId, cartId: cart.id, now, reachable: cartToken !== null });
    const view = await priceCart(tx, {
      tenantId,
      cart: { ...cart, discountCodes: stored.discountCodes },
      customer: shopper.customer,
      now,
    });
    return { cart: view, cartToken };
  });
}
