import type { TenantClient } from '@storeloom/db';

import type { Shopper } from '../cart/shopper.ts';
import { type CheckoutView, checkoutView } from './checkout-view.ts';
import { loadShopperCheckout } from './load-shopper-checkout.ts';

/** The shopper's checkout with its priced summary and the steps still missing. */
export async function getCheckout({
  db,
  tenantId,
  shopper,
  checkoutId,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  shopper: Shopper;
  checkoutId: string;
  now?: Date;
}): Promise<CheckoutView> {
  return db.$transaction(async (tx) => {
    const session = await loadShopperCheckout(tx, { checkoutId, shopper });
    return checkoutView(tx, { tenantId, session, customer: shopper.customer, now });
  });
}
