import type { OrderStatus } from '@storeloom/db';

/**
 * Where an order stands with its money, as the checkout workflow sees it: nothing received yet,
 * part of it (a deposit), all of it (paid, and any status after paid), or cancelled.
 */
export type OrderPaymentState = 'unpaid' | 'partially_paid' | 'paid' | 'cancelled';

export function paymentStateOf(order: {
  status: OrderStatus;
  paidTotal: number;
}): OrderPaymentState {
  if (order.status === 'cancelled') return 'cancelled';
  if (order.status !== 'pending_payment') return 'paid';
  return order.paidTotal > 0 ? 'partially_paid' : 'unpaid';
}

/** Whether the order still waits for (the rest of) its payment. */
export const awaitsPayment = (state: OrderPaymentState) =>
  state === 'unpaid' || state === 'partially_paid';
