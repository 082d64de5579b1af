import { type CheckoutCommand, changeCheckout } from './change-checkout.ts';
import type { CheckoutView } from './checkout-view.ts';

/** The email the order confirmation goes to, an optional phone and a note for the merchant. */
export async function setCheckoutContact(
  command: CheckoutCommand & { email: string; phone?: string; note?: string },
): Promise<CheckoutView> {
  return changeCheckout(command, () =>
    Promise.resolve({
      email: command.email.trim().toLowerCase(),
      phone: command.phone || null,
      customerNote: command.note || null,
    }),
  );
}
