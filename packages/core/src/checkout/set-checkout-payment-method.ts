import type { PaymentProvider } from '@storeloom/db';

import { badRequest } from '../errors/domain-error.ts';
import { type CheckoutCommand, changeCheckout } from './change-checkout.ts';
import type { CheckoutView } from './checkout-view.ts';

// Manual payment is the embedded default; card and wallet providers arrive with payments.
const AVAILABLE_PROVIDERS: readonly PaymentProvider[] = ['manual'];

/** How the shopper will pay. */
export async function setCheckoutPaymentMethod(
  command: CheckoutCommand & { provider: PaymentProvider },
): Promise<CheckoutView> {
  return changeCheckout(command, () => {
    if (!AVAILABLE_PROVIDERS.includes(command.provider)) {
      throw badRequest('This payment method is not available');
    }
    return Promise.resolve({ paymentProvider: command.provider });
  });
}
