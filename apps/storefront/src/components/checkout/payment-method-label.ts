import type { PaymentMethod } from './checkout-types';

/** How each method reads to a shopper; the registry's names are written for merchants. */
export function paymentMethodLabel(provider: PaymentMethod['provider']): {
  title: string;
  description: string;
} {
  switch (provider) {
    case 'stripe':
      return {
        title: 'Credit or debit card',
        description: 'Enter your card after reviewing the order. Processed securely by Stripe.',
      };
    case 'paypal':
      return {
        title: 'PayPal',
        description: 'Approve the payment with your PayPal account after reviewing the order.',
      };
    case 'manual':
      return {
        title: 'Bank transfer or pay on delivery',
        description: 'Place the order now and pay as the store explains.',
      };
  }
}
