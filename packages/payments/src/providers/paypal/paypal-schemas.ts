import { z } from 'zod';

/**
 * The parts of PayPal's answers the platform reads. Unknown fields pass through; a missing field
 * we rely on means PayPal answered something unexpected.
 */
export const paypalMoneySchema = z.object({ currency_code: z.string(), value: z.string() });

const linkSchema = z.object({ href: z.string(), rel: z.string() });

export const paypalTokenSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
});

export const paypalCaptureSchema = z.object({
  id: z.string(),
  status: z.string(),
  amount: paypalMoneySchema,
  status_details: z.object({ reason: z.string() }).optional(),
  supplementary_data: z
    .object({ related_ids: z.object({ order_id: z.string().optional() }).optional() })
    .optional(),
});

export const paypalRefundSchema = z.object({
  id: z.string(),
  status: z.string(),
  amount: paypalMoneySchema.optional(),
  seller_payable_breakdown: z
    .object({ total_refunded_amount: paypalMoneySchema.optional() })
    .optional(),
  links: z.array(linkSchema).default([]),
});

export const paypalOrderSchema = z.object({
  id: z.string(),
  status: z.string(),
  intent: z.enum(['CAPTURE', 'AUTHORIZE']).optional(),
  purchase_units: z
    .array(
      z.object({
        amount: paypalMoneySchema.optional(),
        payments: z
          .object({
            captures: z.array(paypalCaptureSchema).default([]),
            refunds: z.array(paypalRefundSchema).default([]),
            authorizations: z
              .array(z.object({ id: z.string(), status: z.string(), amount: paypalMoneySchema }))
              .default([]),
          })
          .optional(),
      }),
    )
    .default([]),
  links: z.array(linkSchema).default([]),
});

export type PayPalOrder = z.infer<typeof paypalOrderSchema>;

export const paypalVerificationSchema = z.object({ verification_status: z.string() });

export const paypalWebhookEventSchema = z.object({
  id: z.string().min(1),
  event_type: z.string().min(1),
  create_time: z.string().optional(),
  resource: z.unknown(),
});

export const paypalErrorSchema = z.object({
  name: z.string().optional(),
  message: z.string().optional(),
  debug_id: z.string().optional(),
  details: z.array(z.object({ issue: z.string(), description: z.string().optional() })).default([]),
});
