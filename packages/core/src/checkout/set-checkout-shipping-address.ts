import { isDeepStrictEqual } from 'node:util';

import { priceCart } from '../cart/price-cart.ts';
import { badRequest } from '../errors/domain-error.ts';
import { type CheckoutCommand, changeCheckout } from './change-checkout.ts';
import type { CheckoutView } from './checkout-view.ts';
import { type AddressChoice, resolveCheckoutAddress } from './resolve-checkout-address.ts';

/**
 * Where the order goes. An address no shipping zone serves is refused with the reason pricing
 * gives. A delivery option the new address does not offer is cleared, and a billing address
 * that was the same as the old shipping address follows the new one.
 */
export async function setCheckoutShippingAddress(
  command: CheckoutCommand & AddressChoice,
): Promise<CheckoutView> {
  return changeCheckout(command, async ({ tx, session, now }) => {
    const address = await resolveCheckoutAddress(tx, {
      shopper: command.shopper,
      choice: command,
      purpose: 'shipping',
    });
    const priced = await priceCart(tx, {
      tenantId: command.tenantId,
      cart: session.cart,
      customer: command.shopper.customer,
      email: session.email,
      shippingAddress: address,
      now,
    });
    if (priced.shippingOptions.length === 0) {
      throw badRequest(priced.shippingUnavailableReason ?? 'We cannot deliver to this address yet');
    }
    const tierStillOffered = priced.shippingOptions.some(
      (option) => option.tierCode === session.shippingTierCode,
    );
    const billingFollows =
      session.billingAddress !== null &&
      isDeepStrictEqual(session.billingAddress, session.shippingAddress);
    return {
      shippingAddress: { ...address },
      shippingTierCode: tierStillOffered ? session.shippingTierCode : null,
      ...(billingFollows ? { billingAddress: { ...address } } : {}),
    };
  });
}
