import type { RouterOutputs } from '@storeloom/api';
import { createShipmentInputSchema } from '@storeloom/validators';
import { z } from 'zod';

type Order = RouterOutputs['orders']['get'];

/** Statuses `orders.createShipment` accepts (core's SHIPPABLE); other orders offer no shipment. */
const shippableStatuses: readonly Order['status'][] = ['paid', 'processing', 'partially_fulfilled'];

/** Each line with units left to ship, and how many: what a new shipment sends. */
export function unshippedItems(order: Order): { orderItemId: string; quantity: number }[] {
  return order.items
    .map((item) => ({ orderItemId: item.id, quantity: item.quantity - item.fulfilledQuantity }))
    .filter((item) => item.quantity > 0);
}

export function canShip(order: Order): boolean {
  return shippableStatuses.includes(order.status) && unshippedItems(order).length > 0;
}

/**
 * The desk's shipment form: the shared input, with a tracking number required because the
 * customer's shipping email links to it (the API also takes untracked shipments).
 */
export const shipmentFormSchema = createShipmentInputSchema.extend({
  trackingNumber: z
    .string()
    .trim()
    .min(1, 'Enter the tracking number')
    .max(100, 'At most 100 characters'),
});
