import { priceCart } from '../cart/price-cart.ts';
import { badRequest, preconditionFailed } from '../errors/domain-error.ts';
import { type CheckoutCommand, changeCheckout } from './change-checkout.ts';
import type { CheckoutView } from './checkout-view.ts';

/** The delivery option: one of those offered now for the cart and its shipping address. */
export async function setCheckoutShippingTier(
  command: CheckoutCommand & { tierCode: string },
): Promise<CheckoutView> {
  return changeCheckout(command, async ({ tx, session, now }) => {
    if (!session.shippingAddress) throw preconditionFailed('Enter the shipping address first');
    const priced = await priceCart(tx, {
      tenantId: command.tenantId,
      cart: session.cart,
      customer: command.shopper.customer,
      email: session.email,
      shippingAddress: session.shippingAddress,
      now,
    });
    const tierCode = command.tierCode.trim();
    if (!priced.shippingOptions.some((option) => option.tierCode === tierCode)) {
      throw badRequest('That delivery option is not available for this address');
    }
    return { shippingTierCode: tierCode };
  });
}
