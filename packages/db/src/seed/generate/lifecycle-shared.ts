import type { Rng } from '../prng';
import type { CarrierSpec } from '../stores/types';
import type { OrderItemPlan, OrderPlan } from './order-types';
import type { DefaultShippingTier as ShippingTierSpec } from '@storeloom/validators';

export type Outcome =
  | 'pending'
  | 'processing'
  | 'in_transit'
  | 'delivered'
  | 'cancelled'
  | 'refunded'
  | 'partial_return'
  | 'return_requested';

export const hour = 3_600_000;
export const day = 24 * hour;

export interface LifecycleInput {
  rng: Rng;
  storeSlug: string;
  number: number;
  placedAt: Date;
  outcome: Outcome;
  total: number;
  items: OrderItemPlan[];
  tier: ShippingTierSpec;
  carriers: readonly CarrierSpec[];
  nextReturnNumber: () => number;
  /** Nothing may happen after this: later steps are dropped, so the plan stays in the past. */
  now: Date;
}

/** The parts of an order plan decided by what happened to it after checkout. */
export type Lifecycle = Pick<
  OrderPlan,
  | 'status'
  | 'paymentStatus'
  | 'fulfillmentStatus'
  | 'cancelledAt'
  | 'cancelReason'
  | 'refundedTotal'
  | 'payment'
  | 'shipment'
  | 'return'
  | 'events'
  | 'items'
>;

export function at(base: Date, offsetMs: number): Date {
  return new Date(base.getTime() + offsetMs);
}
