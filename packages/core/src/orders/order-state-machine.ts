import type { OrderStatus } from '@storeloom/db';

import { preconditionFailed } from '../errors/domain-error.ts';

/**
 * The order lifecycle as data: for each status, the statuses it may move to. Payment and
 * fulfilment details live in the `paymentStatus` and `fulfillmentStatus` facets; `status` is the
 * one headline a merchant filters by.
 *
 * - Nothing ships before it is paid, and nothing is cancelled once anything has shipped.
 * - Refunds can follow any paid state; a partial refund can be completed later.
 * - cancelled and refunded are final.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending_payment: ['paid', 'cancelled'],
  paid: [
    'processing',
    'partially_fulfilled',
    'fulfilled',
    'cancelled',
    'partially_refunded',
    'refunded',
  ],
  processing: ['partially_fulfilled', 'fulfilled', 'cancelled', 'partially_refunded', 'refunded'],
  partially_fulfilled: ['fulfilled', 'partially_refunded', 'refunded'],
  fulfilled: ['delivered', 'partially_refunded', 'refunded'],
  delivered: ['partially_refunded', 'refunded'],
  partially_refunded: ['refunded'],
  cancelled: [],
  refunded: [],
};

/** How a status reads in a sentence: "pending payment", "partially fulfilled". */
export function orderStatusLabel(status: OrderStatus): string {
  return status.replaceAll('_', ' ');
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Throws PRECONDITION_FAILED "An order that is delivered cannot become paid". */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw preconditionFailed(
      `An order that is ${orderStatusLabel(from)} cannot become ${orderStatusLabel(to)}`,
    );
  }
}
