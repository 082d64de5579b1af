import type {
  OrderEventPlan,
  OrderItemPlan,
  PaymentPlan,
  ReturnPlan,
  ShipmentPlan,
} from './order-types';
import {
  at,
  day,
  hour,
  type Lifecycle,
  type LifecycleInput,
  type Outcome,
} from './lifecycle-shared';

const returnReasons = [
  'Wrong size',
  'Not as pictured',
  'Changed my mind',
  'Arrived damaged',
  'Better price elsewhere',
];

/** Refund for the returned units: their share of the line after discount, plus its tax. */
function refundFor(items: readonly OrderItemPlan[], returned: ReturnPlan['items']): number {
  return returned.reduce((sum, entry) => {
    const item = items.find((candidate) => candidate.position === entry.position);
    if (!item) return sum;
    return sum + Math.round(((item.total + item.taxAmount) * entry.quantity) / item.quantity);
  }, 0);
}

/**
 * The return branch of a delivered order. Steps that would fall after `now` are not taken: a
 * return requested but not yet refunded stays "requested", one not yet requested does not exist.
 */
export function planReturn(
  input: LifecycleInput,
  {
    outcome: wanted,
    key,
    items,
    payment,
    shipment,
    events,
  }: {
    outcome: Outcome;
    key: string;
    items: OrderItemPlan[];
    payment: PaymentPlan;
    shipment: ShipmentPlan & { deliveredAt: Date };
    events: OrderEventPlan[];
  },
): Lifecycle {
  const { rng, total } = input;
  let outcome = wanted;
  const base = {
    status: 'delivered' as const,
    cancelledAt: null,
    cancelReason: null,
    payment,
    shipment,
    events,
  };
  // A single unit cannot be partly returned, so that case becomes a full return.
  const singleUnit = items.length === 1 && items[0]?.quantity === 1;
  if (outcome === 'partial_return' && singleUnit) outcome = 'refunded';
  const first = items[0];
  const returned =
    outcome === 'partial_return' && first
      ? [
          {
            position: first.position,
            quantity: first.quantity > 1 && items.length === 1 ? 1 : first.quantity,
          },
        ]
      : items.map((item) => ({ position: item.position, quantity: item.quantity }));
  const reason = rng.pick(returnReasons);
  const requestedAt = at(shipment.deliveredAt, rng.int(1, 6) * day);
  const approvedAt = at(requestedAt, rng.int(2, 20) * hour);
  const receivedAt = at(approvedAt, rng.int(2, 5) * day);
  const refundedAt = at(receivedAt, rng.int(1, 6) * hour);
  if (requestedAt > input.now) {
    return {
      ...base,
      paymentStatus: 'paid',
      fulfillmentStatus: 'delivered',
      refundedTotal: 0,
      return: null,
      items,
    };
  }
  if (refundedAt > input.now) outcome = 'return_requested';
  const returnItems = returned.map((entry) => ({
    ...entry,
    reason,
    condition: outcome === 'return_requested' ? null : rng.pick(['unopened', 'like new', 'opened']),
    restocked: outcome !== 'return_requested',
  }));
  events.push({
    type: 'return.requested',
    message: `Return requested: ${reason}`,
    createdAt: requestedAt,
    data: {},
  });
  const returnNumber = input.nextReturnNumber();
  if (outcome === 'return_requested') {
    return {
      ...base,
      paymentStatus: 'paid',
      fulfillmentStatus: 'delivered',
      refundedTotal: 0,
      items,
      return: {
        number: returnNumber,
        status: 'requested',
        reason,
        customerNote: null,
        refundAmount: 0,
        requestedAt,
        approvedAt: null,
        receivedAt: null,
        refundedAt: null,
        items: returnItems,
        refund: null,
      },
    };
  }
  const full = outcome === 'refunded';
  const refundAmount = full ? total : Math.min(total, refundFor(items, returnItems));
  events.push(
    {
      type: 'return.received',
      message: `Return #${String(returnNumber)} received`,
      createdAt: receivedAt,
      data: {},
    },
    {
      type: 'refund.succeeded',
      message: 'Refund issued',
      createdAt: refundedAt,
      data: { amount: refundAmount },
    },
  );
  return {
    ...base,
    status: full ? 'refunded' : 'partially_refunded',
    payment: {
      ...payment,
      status: full ? 'refunded' : 'partially_refunded',
      refundedAmount: refundAmount,
    },
    paymentStatus: full ? 'refunded' : 'partially_refunded',
    fulfillmentStatus: full ? 'returned' : 'partially_returned',
    refundedTotal: refundAmount,
    items: items.map((item) => ({
      ...item,
      returnedQuantity: returned.find((entry) => entry.position === item.position)?.quantity ?? 0,
    })),
    return: {
      number: returnNumber,
      status: 'refunded',
      reason,
      customerNote: rng.chance(0.5) ? 'Thanks for making this easy.' : null,
      refundAmount,
      requestedAt,
      approvedAt,
      receivedAt,
      refundedAt,
      items: returnItems,
      refund: {
        amount: refundAmount,
        idempotencyKey: `${key}:refund:${String(returnNumber)}`,
        createdAt: refundedAt,
      },
    },
  };
}
