import { badRequest, preconditionFailed } from '../errors/domain-error.ts';
import { type CheckoutCommand, changeCheckout } from './change-checkout.ts';
import type { CheckoutView } from './checkout-view.ts';
import { type AddressChoice, resolveCheckoutAddress } from './resolve-checkout-address.ts';

/** The billing address: the shipping address again, a new one, or a saved one. */
export async function setCheckoutBillingAddress(
  command: CheckoutCommand & AddressChoice & { sameAsShipping?: boolean },
): Promise<CheckoutView> {
  return changeCheckout(command, async ({ tx, session }) => {
    if (command.sameAsShipping) {
      if (command.address || command.addressId) {
        throw badRequest('Use the shipping address or give another one, not both');
      }
      if (!session.shippingAddress) throw preconditionFailed('Enter the shipping address first');
      return { billingAddress: { ...session.shippingAddress } };
    }
    const address = await resolveCheckoutAddress(tx, {
      shopper: command.shopper,
      choice: command,
      purpose: 'billing',
    });
    return { billingAddress: { ...address } };
  });
}
