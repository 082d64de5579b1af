import { z } from 'zod';

import { addressSchema, idSchema, minorUnitsSchema, nonEmptyText } from './common.ts';

export const orderStatuses = [
  'pending_payment',
  'paid',
  'processing',
  'partially_fulfilled',
  'fulfilled',
  'delivered',
  'cancelled',
  'refunded',
  'partially_refunded',
] as const;
export const orderStatusSchema = z.enum(orderStatuses);
export type OrderStatusValue = z.infer<typeof orderStatusSchema>;

export const orderPaymentStatusSchema = z.enum([
  'pending',
  'authorized',
  'paid',
  'partially_refunded',
  'refunded',
  'failed',
  'voided',
]);

export const orderFulfillmentStatusSchema = z.enum([
  'unfulfilled',
  'partially_fulfilled',
  'fulfilled',
  'delivered',
  'partially_returned',
  'returned',
]);

/** Units of one line in a shipment, return or edit; never more than any real order holds. */
export const lineQuantitySchema = z
  .number({ error: 'Expected a quantity' })
  .int('Quantities are whole units')
  .min(1, 'Quantity must be at least 1')
  .max(10_000, 'Quantity is too large');

/** Optional caller-chosen key so a retried request records its money once. */
export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(1, 'Idempotency key is required')
  .max(100, 'Idempotency key is too long')
  .regex(/^[A-Za-z0-9:_-]+$/, 'Malformed idempotency key');

const distinctOrderItems = (items: readonly { orderItemId: string }[]) =>
  new Set(items.map((item) => item.orderItemId)).size === items.length;

export const orderItemQuantitiesSchema = z
  .array(z.object({ orderItemId: idSchema, quantity: lineQuantitySchema }))
  .min(1, 'Choose at least one item')
  .max(200, 'Too many items')
  .refine(distinctOrderItems, 'List each item once');

export const listOrdersInputSchema = z.object({
  status: orderStatusSchema.optional(),
  paymentStatus: orderPaymentStatusSchema.optional(),
  fulfillmentStatus: orderFulfillmentStatusSchema.optional(),
  customerId: idSchema.optional(),
  placedFrom: z.date().optional(),
  placedTo: z.date().optional(),
  /** An order number, or part of an email or customer name. */
  search: z.string().trim().max(120, 'At most 120 characters').optional(),
  cursor: idSchema.optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ListOrdersInput = z.infer<typeof listOrdersInputSchema>;

export const orderIdInputSchema = z.object({ orderId: idSchema });

export const addOrderNoteInputSchema = z.object({
  orderId: idSchema,
  body: nonEmptyText(4000),
  visibility: z.enum(['internal', 'customer']).default('internal'),
});

export const deleteOrderNoteInputSchema = z.object({ noteId: idSchema });

export const markOrderPaidInputSchema = z.object({
  orderId: idSchema,
  /** What the merchant received: a bank transfer reference, "cash"... */
  reference: z.string().trim().max(120, 'At most 120 characters').optional(),
});

export const createShipmentInputSchema = z.object({
  orderId: idSchema,
  carrier: nonEmptyText(60),
  service: z.string().trim().max(60, 'At most 60 characters').optional(),
  trackingNumber: z.string().trim().max(100, 'At most 100 characters').optional(),
  trackingUrl: z.url('Enter a valid URL').max(500, 'At most 500 characters').optional(),
  locationId: idSchema.optional(),
  items: orderItemQuantitiesSchema,
});
export type CreateShipmentInput = z.infer<typeof createShipmentInputSchema>;

export const shipmentIdInputSchema = z.object({ shipmentId: idSchema });

export const cancelOrderInputSchema = z.object({
  orderId: idSchema,
  reason: nonEmptyText(500),
});

/**
 * How much to refund: the rest of what was paid (`full`), or the sum of a free `amount`, per-line
 * amounts and shipping. Whether it fits what was paid is decided by the server.
 */
export const refundAmountsSchema = z.object({
  full: z.boolean().optional(),
  amount: minorUnitsSchema.optional(),
  items: z
    .array(z.object({ orderItemId: idSchema, amount: minorUnitsSchema }))
    .max(200, 'Too many items')
    .refine(distinctOrderItems, 'List each item once')
    .optional(),
  shipping: minorUnitsSchema.optional(),
  reason: z.string().trim().max(500, 'At most 500 characters').optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type RefundAmountsInput = z.infer<typeof refundAmountsSchema>;

export const refundOrderInputSchema = refundAmountsSchema.extend({ orderId: idSchema });

export const editOrderInputSchema = z.object({
  orderId: idSchema,
  /** New quantities of existing lines; 0 removes the line. Lines not listed stay as they are. */
  items: z
    .array(
      z.object({
        orderItemId: idSchema,
        quantity: z
          .number({ error: 'Expected a quantity' })
          .int('Quantities are whole units')
          .min(0, 'Quantity cannot be negative')
          .max(10_000, 'Quantity is too large'),
      }),
    )
    .max(200, 'Too many items')
    .refine(distinctOrderItems, 'List each item once')
    .optional(),
  shippingAddress: addressSchema.optional(),
});
export type EditOrderInput = z.infer<typeof editOrderInputSchema>;
