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
  'refund.recorded': z.object({ refundId: idSchema, orderId: idSchema, amount: z.number().int() }),
  'estimate.sent': z.object({ estimateId: idSchema }),
  'estimate.accepted': z.object({ estimateId: idSchema }),
  'estimate.declined': z.object({ estimateId: idSchema }),
  'estimate.converted': z.object({ estimateId: idSchema, orderId: idSchema }),
  'shipment.created': z.object({ shipmentId: idSchema, orderId: idSchema }),
  'ai.generation.requested': z.object({ generationId: idSchema }),
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
