import type { PaymentProvider } from '@storeloom/db';

/**
 * How long a placed storefront order waits for its payment before it is cancelled and its stock
 * goes back on sale. A card payment (Stripe, PayPal) is completed in the browser within minutes
 * or not at all; an hour matches the stock hold checkout places (place-order.ts). A bank
 * transfer or pay-on-delivery arrangement takes days: a week covers a transfer between banks
 * over a weekend and a merchant who records it a few days later.
 */
export const CARD_PAYMENT_WINDOW_MS = 60 * 60_000;
export const MANUAL_PAYMENT_WINDOW_MS = 7 * 24 * 60 * 60_000;

export function paymentWindowMs(provider: PaymentProvider): number {
  return provider === 'manual' ? MANUAL_PAYMENT_WINDOW_MS : CARD_PAYMENT_WINDOW_MS;
}

/** When an order placed at `placedAt` and paid with `provider` stops waiting for its payment. */
export function paymentDeadline(placedAt: Date, provider: PaymentProvider): Date {
  return new Date(placedAt.getTime() + paymentWindowMs(provider));
}
