import type { Prisma, TenantClient, TenantTransaction } from '@storeloom/db';

import { lockCart } from '../cart/open-shopper-cart.ts';
import { recordCartActivity } from '../cart/record-cart-activity.ts';
import type { Shopper } from '../cart/shopper.ts';
import { type CheckoutView, checkoutView } from './checkout-view.ts';
import {
  assertCheckoutOpen,
  loadShopperCheckout,
  lockCheckout,
  type ShopperCheckout,
} from './load-shopper-checkout.ts';

export interface CheckoutCommand {
  db: TenantClient;
  tenantId: string;
  shopper: Shopper;
  checkoutId: string;
  now?: Date;
}

export interface CheckoutStepContext {
  tx: TenantTransaction;
  session: ShopperCheckout;
  now: Date;
}

/**
 * One checkout step: the shopper's open checkout is locked (so it cannot be placed meanwhile),
 * the step validates and returns what to store, the step counts as activity on the cart (a new
 * contact email makes the shopper reachable), and the priced checkout comes back.
 */
export async function changeCheckout(
  { db, tenantId, shopper, checkoutId, now = new Date() }: CheckoutCommand,
  step: (context: CheckoutStepContext) => Promise<Prisma.CheckoutSessionUpdateInput>,
): Promise<CheckoutView> {
  return db.$transaction(async (tx) => {
    // Cart first, then checkout, the order placeOrder takes them in: the step writes both.
    const found = await loadShopperCheckout(tx, { checkoutId, shopper });
    await lockCart(tx, { tenantId, cartId: found.cartId });
    await lockCheckout(tx, { tenantId, checkoutId });
    const session = await loadShopperCheckout(tx, { checkoutId, shopper });
    assertCheckoutOpen(session, now);
    const data = await step({ tx, session, now });
    await tx.checkoutSession.update({ where: { id: session.id }, data });
    const newEmail = typeof data.email === 'string' && data.email !== session.email;
    await recordCartActivity(tx, { tenantId, cartId: session.cartId, now, reachable: newEmail });
    const updated = await loadShopperCheckout(tx, { checkoutId, shopper });
    return checkoutView(tx, { tenantId, session: updated, customer: shopper.customer, now });
  });
}
