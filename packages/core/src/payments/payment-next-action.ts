import type { PaymentState } from '@storeloom/db';
import type { PaymentProviderId, ProviderPaymentStatus } from '@storeloom/payments';

import type { CheckoutPaymentMethod } from '../payment-settings/list-checkout-payment-methods.ts';

/** What the shopper does next to pay. */
export type PaymentNextAction =
  /** Nothing: the order is paid, or its payment is authorised and awaits the merchant. */
  | { type: 'none' }
  /** Manual payment: the store's instructions (bank details, pay on delivery). */
  | { type: 'instructions'; instructions: string | null }
  /** Stripe: confirm the PaymentIntent in the browser with Stripe.js. */
  | { type: 'confirm_card'; clientSecret: string; publishableKey: string }
  /** PayPal: send the shopper to approve the order. */
  | { type: 'redirect'; url: string };

export interface OrderPaymentAction {
  orderId: string;
  provider: PaymentProviderId;
  paymentId: string | null;
  status: PaymentState | 'paid';
  nextAction: PaymentNextAction;
}

export function nextActionOf(
  method: CheckoutPaymentMethod,
  created: { status: ProviderPaymentStatus; clientSecret?: string; approvalUrl?: string },
): PaymentNextAction {
  if (created.status === 'authorized' || created.status === 'captured') return { type: 'none' };
  if (method.provider === 'stripe' && created.clientSecret) {
    return {
      type: 'confirm_card',
      clientSecret: created.clientSecret,
      publishableKey: method.publishableKey,
    };
  }
  if (method.provider === 'paypal' && created.approvalUrl) {
    return { type: 'redirect', url: created.approvalUrl };
  }
  return { type: 'none' };
}
