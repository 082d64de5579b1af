import type { RouterOutputs } from '@storeloom/api';

type Order = RouterOutputs['orders']['get'];
type Payment = Order['payments'][number];

/** What the member's role allows on an order; the server checks each again. */
export interface OrderPermissions {
  /** `orders:write`: notes, shipments, mark paid, capture. */
  canWrite: boolean;
  /** `orders:refund`. */
  canRefund: boolean;
  /** `orders:cancel`. */
  canCancel: boolean;
}

/** Statuses that may still become cancelled (core's ORDER_TRANSITIONS). */
const cancellableStatuses: readonly Order['status'][] = ['pending_payment', 'paid', 'processing'];

/** `orders.cancel` refuses an order once anything has shipped; a return is the way then. */
export function canCancel(order: Order): boolean {
  return (
    cancellableStatuses.includes(order.status) &&
    order.items.every((item) => item.fulfilledQuantity === 0)
  );
}

/** Money captured and not yet given back: what `orders.refund` can still return. */
export function canRefund(order: Order): boolean {
  return order.refundable > 0 && order.status !== 'cancelled';
}

/** The card or PayPal payment waiting to be captured (manual capture mode), if any. */
export function authorisedPayment(order: Order): Payment | undefined {
  return order.payments.find(
    (payment) =>
      payment.provider !== 'manual' &&
      payment.status === 'authorized' &&
      payment.providerReference !== null,
  );
}

/**
 * Money received outside the platform (bank transfer, cash) settles an order awaiting payment;
 * an authorised card payment is captured instead.
 */
export function canMarkPaid(order: Order): boolean {
  return order.status === 'pending_payment' && authorisedPayment(order) === undefined;
}

/** What is left to pay: what marking the order paid records. */
export function amountDue(order: Order): number {
  return order.total - order.paidTotal;
}

export const paymentProviderLabels: Record<Payment['provider'], string> = {
  manual: 'Manual',
  stripe: 'Stripe',
  paypal: 'PayPal',
};
