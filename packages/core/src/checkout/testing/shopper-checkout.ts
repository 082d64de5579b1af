import type { TenantClient } from '@storeloom/db';
import type { Address } from '@storeloom/validators';

import { addCartLine } from '../../cart/add-cart-line.ts';
import type { Shopper } from '../../cart/shopper.ts';
import { setCheckoutBillingAddress } from '../set-checkout-billing-address.ts';
import { setCheckoutContact } from '../set-checkout-contact.ts';
import { setCheckoutPaymentMethod } from '../set-checkout-payment-method.ts';
import { setCheckoutShippingAddress } from '../set-checkout-shipping-address.ts';
import { setCheckoutShippingTier } from '../set-checkout-shipping-tier.ts';
import { startCheckout } from '../start-checkout.ts';

/** Test support: a US address, which the two-store fixture's "Domestic" zone serves. */
export const usAddress: Address = {
  firstName: 'Sam',
  lastName: 'Shopper',
  line1: '1 Main St',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'US',
};

/** Test support: a guest who put these lines in a new cart. */
export async function guestWithCart(
  db: TenantClient,
  tenantId: string,
  lines: readonly { variantId: string; quantity: number }[],
): Promise<Shopper> {
  let shopper: Shopper = { cartToken: null, customer: null };
  for (const line of lines) {
    const { cartToken } = await addCartLine({ db, tenantId, shopper, ...line });
    if (cartToken) shopper = { ...shopper, cartToken };
  }
  return shopper;
}

/** Test support: a checkout of the shopper's cart with every step done (standard delivery). */
export async function readyCheckout(
  db: TenantClient,
  tenantId: string,
  shopper: Shopper,
  email = 'guest@example.com',
): Promise<string> {
  const { checkoutId } = await startCheckout({ db, tenantId, shopper });
  const command = { db, tenantId, shopper, checkoutId };
  await setCheckoutContact({ ...command, email });
  await setCheckoutShippingAddress({ ...command, address: usAddress });
  await setCheckoutShippingTier({ ...command, tierCode: 'standard' });
  await setCheckoutBillingAddress({ ...command, sameAsShipping: true });
  await setCheckoutPaymentMethod({ ...command, provider: 'manual' });
  return checkoutId;
}
