import { randomUUID } from 'node:crypto';

import type { TenantClient } from '@storeloom/db';

import { findShopperCart } from '../cart/find-shopper-cart.ts';
import { lockActiveCart } from '../cart/open-shopper-cart.ts';
import { priceCart } from '../cart/price-cart.ts';
import { recordCartActivity } from '../cart/record-cart-activity.ts';
import type { Shopper } from '../cart/shopper.ts';
import { conflict, notFound, preconditionFailed } from '../errors/domain-error.ts';
import { type CheckoutView, checkoutView } from './checkout-view.ts';
import { loadShopperCheckout } from './load-shopper-checkout.ts';

const CHECKOUT_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Opens checkout for the shopper's cart, or returns the checkout already open for it. The cart
 * must have something to buy and nothing blocking (unavailable items, too few in stock, a code
 * that no longer applies). Going to checkout accepts the current prices, which the cart showed.
 * Signed-in shoppers get their email and phone filled in.
 */
export async function startCheckout({
  db,
  tenantId,
  shopper,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  shopper: Shopper;
  now?: Date;
}): Promise<CheckoutView> {
  return db.$transaction(async (tx) => {
    const cart = await findShopperCart(tx, shopper);
    if (!cart) throw notFound('Cart');
    await lockActiveCart(tx, { tenantId, cartId: cart.id });
    const view = await priceCart(tx, { tenantId, cart, customer: shopper.customer, now });
    if (view.lines.length === 0) throw preconditionFailed('Your cart is empty');
    if (!view.canCheckout) throw conflict(view.issues.join('. '));
    for (const line of view.lines) {
      if (line.seenUnitPrice === line.unitPrice) continue;
      await tx.cartLine.updateMany({
        where: { cartId: cart.id, variantId: line.variantId },
        data: { unitPrice: line.unitPrice },
      });
    }

    let session = await tx.checkoutSession.findFirst({
      where: { cartId: cart.id, status: 'open', expiresAt: { gt: now } },
      orderBy: { createdAt: 'desc' },
      select: { id: true },
    });
    if (!session) {
      await tx.checkoutSession.updateMany({
        where: { cartId: cart.id, status: 'open' },
        data: { status: 'expired' },
      });
      const contact = shopper.customer
        ? await tx.customer.findFirst({
            where: { id: shopper.customer.id },
            select: { email: true, phone: true },
          })
        : null;
      session = await tx.checkoutSession.create({
        data: {
          tenantId,
          cartId: cart.id,
          customerId: shopper.customer?.id ?? null,
          email: contact?.email ?? null,
          phone: contact?.phone ?? null,
          idempotencyKey: `checkout_${randomUUID()}`,
          expiresAt: new Date(now.getTime() + CHECKOUT_LIFETIME_MS),
        },
        select: { id: true },
      });
    }
    await recordCartActivity(tx, { tenantId, cartId: cart.id, now });
    const loaded = await loadShopperCheckout(tx, { checkoutId: session.id, shopper });
    return checkoutView(tx, { tenantId, session: loaded, customer: shopper.customer, now });
  });
}
