import type Stripe from 'stripe';

import type { PaymentEventEffect } from '../../types.ts';
import { fromStripeAmount } from './stripe-amounts.ts';

/** What a Stripe event means for an order; everything the platform does not act on is ignored. */
export function stripeEventEffect(event: Stripe.Event): PaymentEventEffect {
  switch (event.type) {
    case 'payment_intent.succeeded': {
      const paymentIntent = event.data.object;
      return {
        kind: 'payment_succeeded',
        reference: paymentIntent.id,
        amount: fromStripeAmount(paymentIntent.amount_received, paymentIntent.currency),
        currency: paymentIntent.currency.toUpperCase(),
      };
    }
    case 'payment_intent.payment_failed': {
      const { id, last_payment_error: lastError } = event.data.object;
      return {
        kind: 'payment_failed',
        reference: id,
        code: lastError?.decline_code ?? lastError?.code ?? 'payment_failed',
        message: lastError?.message ?? 'The payment failed.',
      };
    }
    case 'charge.refunded': {
      const charge = event.data.object;
      const paymentIntent = charge.payment_intent;
      if (paymentIntent === null) {
        return { kind: 'ignored', reason: 'The refunded charge has no PaymentIntent.' };
      }
      return {
        kind: 'payment_refunded',
        reference: typeof paymentIntent === 'string' ? paymentIntent : paymentIntent.id,
        // Stripe lists a charge's refunds newest first.
        refundReference: charge.refunds?.data[0]?.id ?? null,
        refundedTotal: fromStripeAmount(charge.amount_refunded, charge.currency),
        currency: charge.currency.toUpperCase(),
      };
    }
    default:
      return { kind: 'ignored', reason: `Stripe event ${event.type} is not used.` };
  }
}
