import type { Rng } from '../prng';
import {
  at,
  day,
  hour,
  type Lifecycle,
  type LifecycleInput,
  type Outcome,
} from './lifecycle-shared';
import { planReturn } from './order-returns';
import type { OrderEventPlan, PaymentPlan, ShipmentPlan } from './order-types';

export type { Outcome } from './lifecycle-shared';

/** Recent orders are still open; older ones have run their course, a few of them badly. */
export function pickOutcome(rng: Rng, ageDays: number): Outcome {
  if (ageDays < 1.5)
    return rng.weighted([
      ['pending', 45],
      ['processing', 55],
    ] as const);
  if (ageDays < 4)
    return rng.weighted([
      ['processing', 25],
      ['in_transit', 75],
    ] as const);
  // planLifecycle downgrades steps that would land after `now` (in transit, return not yet refunded).
  return rng.weighted([
    ['delivered', 76],
    ['cancelled', 8],
    ['refunded', 6],
    ['partial_return', 6],
    ['return_requested', ageDays < 30 ? 4 : 0],
  ] as const);
}

const cancelReasons = [
  'Customer changed their mind',
  'Payment not received within 7 days',
  'Duplicate order',
  'Address could not be verified',
];

function shipmentFor(input: LifecycleInput, delivered: boolean): ShipmentPlan {
  const { rng, placedAt, tier } = input;
  const carrier = rng.pick(input.carriers);
  const trackingNumber = `${carrier.trackingPrefix}${String(rng.int(10_000_000, 99_999_999))}${String(rng.int(1000, 9999))}`;
  const shippedAt = at(placedAt, rng.int(6, 30) * hour);
  return {
    carrier: carrier.name,
    service: carrier.service,
    trackingNumber,
    trackingUrl: carrier.trackingUrl(trackingNumber),
    status: delivered ? 'delivered' : 'in_transit',
    shippedAt,
    deliveredAt: delivered
      ? at(
          shippedAt,
          rng.int(tier.deliveryDaysMin, tier.deliveryDaysMax) * day + rng.int(1, 8) * hour,
        )
      : null,
  };
}

/** Statuses, payment, shipment, return and timeline for one order, consistent with each other. */
export function planLifecycle(input: LifecycleInput): Lifecycle {
  const { rng, storeSlug, number, placedAt, total } = input;
  const { outcome } = input;
  const key = `seed:${storeSlug}:order:${String(number)}`;
  const events: OrderEventPlan[] = [
    {
      type: 'order.placed',
      message: `Order #${String(number)} placed`,
      createdAt: placedAt,
      data: { total },
    },
  ];
  if (outcome === 'cancelled') {
    const cancelledAt = at(placedAt, rng.int(1, 40) * hour);
    const cancelReason = rng.pick(cancelReasons);
    events.push({
      type: 'order.cancelled',
      message: `Cancelled: ${cancelReason}`,
      createdAt: cancelledAt,
      data: {},
    });
    return {
      status: 'cancelled',
      paymentStatus: 'voided',
      fulfillmentStatus: 'unfulfilled',
      cancelledAt,
      cancelReason,
      refundedTotal: 0,
      payment: null,
      shipment: null,
      return: null,
      events,
      items: input.items,
    };
  }
  if (outcome === 'pending') {
    return {
      status: 'pending_payment',
      paymentStatus: 'pending',
      fulfillmentStatus: 'unfulfilled',
      cancelledAt: null,
      cancelReason: null,
      refundedTotal: 0,
      payment: null,
      shipment: null,
      return: null,
      events,
      items: input.items,
    };
  }
  const paidAt = at(placedAt, rng.int(1, 20) * 60_000);
  const payment: PaymentPlan = {
    status: 'captured',
    amount: total,
    capturedAmount: total,
    refundedAmount: 0,
    idempotencyKey: `${key}:payment`,
    providerReference: `manual_${storeSlug.replace(/-/g, '_')}_${String(number)}`,
    createdAt: paidAt,
  };
  events.push({
    type: 'payment.captured',
    message: 'Payment received (manual)',
    createdAt: paidAt,
    data: { amount: total },
  });
  if (outcome === 'processing') {
    return {
      status: 'processing',
      paymentStatus: 'paid',
      fulfillmentStatus: 'unfulfilled',
      cancelledAt: null,
      cancelReason: null,
      refundedTotal: 0,
      payment,
      shipment: null,
      return: null,
      events,
      items: input.items,
    };
  }
  let shipment = shipmentFor(input, outcome !== 'in_transit');
  if (shipment.deliveredAt && shipment.deliveredAt > input.now) {
    shipment = { ...shipment, status: 'in_transit', deliveredAt: null };
  }
  const items = input.items.map((item) => ({ ...item, fulfilledQuantity: item.quantity }));
  events.push({
    type: 'order.fulfilled',
    message: `Shipped with ${shipment.carrier} (${shipment.trackingNumber})`,
    createdAt: shipment.shippedAt,
    data: { carrier: shipment.carrier, trackingNumber: shipment.trackingNumber },
  });
  if (outcome === 'in_transit' || !shipment.deliveredAt) {
    return {
      status: 'fulfilled',
      paymentStatus: 'paid',
      fulfillmentStatus: 'fulfilled',
      cancelledAt: null,
      cancelReason: null,
      refundedTotal: 0,
      payment,
      shipment,
      return: null,
      events,
      items,
    };
  }
  events.push({
    type: 'shipment.delivered',
    message: 'Delivered',
    createdAt: shipment.deliveredAt,
    data: {},
  });
  if (outcome === 'delivered') {
    return {
      status: 'delivered',
      cancelledAt: null,
      cancelReason: null,
      payment,
      shipment,
      events,
      paymentStatus: 'paid',
      fulfillmentStatus: 'delivered',
      refundedTotal: 0,
      return: null,
      items,
    };
  }
  return planReturn(input, {
    outcome,
    key,
    items,
    payment,
    shipment: { ...shipment, deliveredAt: shipment.deliveredAt },
    events,
  });
}
