import { z } from 'zod';

import { idSchema } from './common.ts';

/**
 * Domain events written to the transactional outbox (`DomainEvent`) in the same transaction as
 * the change. The workflow engine consumes them; each payload is validated by its schema here,
 * on both sides.
 */
export const domainEventSchemas = {
  'order.placed': z.object({
    orderId: idSchema,
    number: z.number().int(),
    total: z.number().int(),
    /** The storefront cart the order was placed from; absent for orders made another way. */
    cartId: idSchema.optional(),
  }),
  'order.status_changed': z.object({
    orderId: idSchema,
    from: z.string(),
    to: z.string(),
  }),
  'order.cancelled': z.object({ orderId: idSchema, reason: z.string().nullable() }),
  'inventory.low_stock': z.object({
    variantId: idSchema,
    locationId: idSchema,
    available: z.number().int(),
    threshold: z.number().int(),
  }),
  'return.requested': z.object({ returnId: idSchema, orderId: idSchema }),
  'return.approved': z.object({ returnId: idSchema, orderId: idSchema }),
  'return.rejected': z.object({ returnId: idSchema, orderId: idSchema }),
  'return.received': z.object({ returnId: idSchema, orderId: idSchema }),
  'refund.recorded': z.object({ refundId: idSchema, orderId: idSchema, amount: z.number().int() }),
  /** A staff invitation was created or renewed: the invitee gets the invitation email. */
  'member.invited': z.object({ invitationId: idSchema }),
  'estimate.sent': z.object({ estimateId: idSchema }),
  'estimate.accepted': z.object({ estimateId: idSchema }),
  'estimate.declined': z.object({ estimateId: idSchema }),
  'estimate.converted': z.object({ estimateId: idSchema, orderId: idSchema }),
  'shipment.created': z.object({ shipmentId: idSchema, orderId: idSchema }),
  'ai.generation.requested': z.object({ generationId: idSchema }),
  /**
   * A shopper who can be reached by email (signed in, or a checkout contact given) changed their
   * cart. Emitted at most once per cart per activity window (see core's cart-activity-window).
   */
  'cart.activity': z.object({ cartId: idSchema, activityAt: z.iso.datetime() }),
  'ai.generation.completed': z.object({
    generationId: idSchema,
    status: z.enum(['succeeded', 'failed']),
  }),
  'payment.captured': z.object({
    paymentId: idSchema,
    orderId: idSchema,
    amount: z.number().int(),
  }),
  'payment.failed': z.object({
    paymentId: idSchema,
    orderId: idSchema,
    code: z.string(),
    message: z.string(),
  }),
} as const;

export type DomainEventType = keyof typeof domainEventSchemas;
export type DomainEventPayload<T extends DomainEventType> = z.infer<(typeof domainEventSchemas)[T]>;
