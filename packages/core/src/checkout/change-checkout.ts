import type { Prisma, TenantClient, TenantTransaction } from '@storeloom/db';

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
 * the step validates and returns what to store, and the priced checkout comes back.
 */
export async function changeCheckout(
  { db, tenantId, shopper, checkoutId, now = new Date() }: CheckoutCommand,
  step: (context: CheckoutStepContext) => Promise<Prisma.CheckoutSessionUpdateInput>,
): Promise<CheckoutView> {
  return db.$transaction(async (tx) => {
    await lockCheckout(tx, { tenantId, checkoutId });
    const session = await loadShopperCheckout(tx, { checkoutId, shopper });
    assertCheckoutOpen(session, now);
    const data = await step({ tx, session, now });
    await tx.checkoutSession.update({ where: { id: session.id }, data });
    const updated = await loadShopperCheckout(tx, { checkoutId, shopper });
    return checkoutView(tx, { tenantId, session: updated, customer: shopper.customer, now });
  });
}
