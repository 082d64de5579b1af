import type { PaymentProvider } from '@storeloom/db';

import { badRequest } from '../errors/domain-error.ts';
import { listCheckoutPaymentMethods } from '../payment-settings/list-checkout-payment-methods.ts';
import { providerDisplayName } from '../payment-settings/provider-readiness.ts';
import { type CheckoutCommand, changeCheckout } from './change-checkout.ts';
import type { CheckoutView } from './checkout-view.ts';

/**
 * How the shopper will pay: one of the store's available methods (enabled by the merchant and
 * fully configured). A provider missing its keys is refused with BAD_REQUEST.
 */
export async function setCheckoutPaymentMethod(
  command: CheckoutCommand & { provider: PaymentProvider },
): Promise<CheckoutView> {
  return changeCheckout(command, async ({ tx }) => {
    const methods = await listCheckoutPaymentMethods({ db: tx, tenantId: command.tenantId });
    if (!methods.some((method) => method.provider === command.provider)) {
      throw badRequest(
        `${providerDisplayName(command.provider)} is not available in this store; choose another payment method`,
      );
    }
    return { paymentProvider: command.provider };
  });
}
