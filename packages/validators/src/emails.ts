import { z } from 'zod';

import {
  currencySchema,
  emailSchema,
  idSchema,
  minorUnitsSchema,
  nonEmptyText,
  paginationSchema,
} from './common.ts';

/**
 * Data of the transactional email templates. Workflows build it, the email package validates it
 * before rendering, and the admin previews render each template's sample of it.
 */

/** Links in emails: http(s) only, so a `javascript:` URL can never reach an inbox. */
export const emailLinkSchema = z
  .url({ protocol: /^https?$/, error: 'Use an http(s) link' })
  .max(2048);

/**
 * A moment in UTC. Workflow step results travel as JSON, so an ISO string is accepted too and
 * turned back into a Date.
 */
export const emailDateSchema = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((value) => new Date(value))
  .refine((value) => !Number.isNaN(value.getTime()), 'Invalid date');

const personName = z.string().trim().max(160).optional();
const quantity = z.number().int().min(1).max(1_000_000);
const orderNumber = z.number().int().min(1).max(1_000_000_000);

/** The store as its emails show it: name, logo, accent colour and a footer with contact details. */
export const emailBrandingSchema = z.object({
  storeName: nonEmptyText(80),
  logoUrl: emailLinkSchema.nullable().default(null),
  primaryColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour such as #1f6feb')
    .default('#2563eb'),
  storeUrl: emailLinkSchema.nullable().default(null),
  contactEmail: emailSchema.nullable().default(null),
  address: z.string().trim().max(1000).nullable().default(null),
  locale: z.string().trim().max(35).default('en-US'),
});
export type EmailBranding = z.output<typeof emailBrandingSchema>;
export type EmailBrandingInput = z.input<typeof emailBrandingSchema>;

export const EMAIL_SETTINGS_KEY = 'email';

/**
 * A store's email settings (TenantSetting key `email`): the sender name its mail shows (the store
 * name by default) and where replies go (the store's contact email by default).
 */
export const emailSettingsSchema = z.object({
  fromName: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[^"<>\r\n]+$/, 'A name without quotes or angle brackets')
    .optional(),
  replyTo: emailSchema.optional(),
});
export type EmailSettings = z.infer<typeof emailSettingsSchema>;

const orderLineSchema = z.object({
  name: nonEmptyText(200),
  variantTitle: z.string().trim().max(200).optional(),
  sku: z.string().trim().max(120).optional(),
  quantity,
  unitPrice: minorUnitsSchema,
  total: minorUnitsSchema,
});

const shippedItemSchema = z.object({ name: nonEmptyText(200), quantity });

export const orderConfirmationEmailSchema = z.object({
  customerName: personName,
  orderNumber,
  placedAt: emailDateSchema,
  currency: currencySchema,
  lines: z.array(orderLineSchema).min(1).max(200),
  subtotal: minorUnitsSchema,
  discountTotal: minorUnitsSchema.default(0),
  shippingTotal: minorUnitsSchema.default(0),
  taxTotal: minorUnitsSchema.default(0),
  total: minorUnitsSchema,
  shippingAddress: z.array(z.string().trim().max(160)).max(8).optional(),
  orderUrl: emailLinkSchema.optional(),
});

export const paymentFailedEmailSchema = z.object({
  customerName: personName,
  orderNumber,
  amount: minorUnitsSchema,
  currency: currencySchema,
  reason: z.string().trim().max(300).optional(),
  payUrl: emailLinkSchema.optional(),
});

/** The order is cancelled; `refundAmount` is what goes back to the shopper, when anything does. */
export const orderCancelledEmailSchema = z.object({
  customerName: personName,
  orderNumber,
  currency: currencySchema,
  reason: z.string().trim().max(300).optional(),
  refundAmount: minorUnitsSchema.optional(),
  shopUrl: emailLinkSchema.optional(),
});

export const shippingUpdateEmailSchema = z.object({
  customerName: personName,
  orderNumber,
  carrier: nonEmptyText(80),
  trackingNumber: nonEmptyText(120),
  trackingUrl: emailLinkSchema.optional(),
  shippedAt: emailDateSchema,
  items: z.array(shippedItemSchema).min(1).max(200),
});

export const orderDeliveredEmailSchema = z.object({
  customerName: personName,
  orderNumber,
  deliveredAt: emailDateSchema,
  orderUrl: emailLinkSchema.optional(),
});

export const returnEmailStatusSchema = z.enum(['requested', 'approved', 'rejected', 'received']);

export const returnUpdateEmailSchema = z.object({
  customerName: personName,
  orderNumber,
  returnNumber: z.number().int().min(1).max(1_000_000_000),
  status: returnEmailStatusSchema,
  items: z.array(shippedItemSchema).min(1).max(200),
  note: z.string().trim().max(1000).optional(),
});

export const refundIssuedEmailSchema = z.object({
  customerName: personName,
  orderNumber,
  amount: minorUnitsSchema.min(1, 'A refund is more than zero'),
  currency: currencySchema,
  issuedAt: emailDateSchema,
  reason: z.string().trim().max(300).optional(),
});

export const estimateSentEmailSchema = z.object({
  customerName: personName,
  estimateNumber: z.number().int().min(1).max(1_000_000_000),
  title: nonEmptyText(200),
  currency: currencySchema,
  total: minorUnitsSchema,
  validUntil: emailDateSchema.optional(),
  viewUrl: emailLinkSchema,
});

export const estimateAcceptedEmailSchema = z.object({
  customerName: personName,
  estimateNumber: z.number().int().min(1).max(1_000_000_000),
  title: nonEmptyText(200),
  currency: currencySchema,
  total: minorUnitsSchema,
  acceptedAt: emailDateSchema,
  orderNumber: orderNumber.optional(),
});

export const abandonedCartEmailSchema = z.object({
  customerName: personName,
  currency: currencySchema,
  lines: z
    .array(
      z.object({
        name: nonEmptyText(200),
        variantTitle: z.string().trim().max(200).optional(),
        quantity,
        unitPrice: minorUnitsSchema,
      }),
    )
    .min(1)
    .max(200),
  subtotal: minorUnitsSchema,
  cartUrl: emailLinkSchema,
});

export const lowStockEmailSchema = z.object({
  items: z
    .array(
      z.object({
        productTitle: nonEmptyText(200),
        variantTitle: z.string().trim().max(200).optional(),
        sku: z.string().trim().max(120).optional(),
        locationName: nonEmptyText(120),
        available: z.number().int().min(-1_000_000).max(1_000_000),
        threshold: z.number().int().min(0).max(1_000_000),
      }),
    )
    .min(1)
    .max(500),
  inventoryUrl: emailLinkSchema.optional(),
});

const tokenLinkEmail = {
  customerName: personName,
  expiresInMinutes: z.number().int().min(1).max(10_080),
};

export const customerPasswordResetEmailSchema = z.object({
  ...tokenLinkEmail,
  resetUrl: emailLinkSchema,
});

export const customerMagicLinkEmailSchema = z.object({
  ...tokenLinkEmail,
  signInUrl: emailLinkSchema,
});

export const staffInvitationEmailSchema = z.object({
  inviterName: z.string().trim().max(160).optional(),
  role: z.enum(['owner', 'admin', 'staff', 'viewer']),
  acceptUrl: emailLinkSchema,
  expiresAt: emailDateSchema.optional(),
});

/** Every newsletter email carries the subscriber's unsubscribe link, the confirmation too. */
export const newsletterConfirmationEmailSchema = z.object({
  confirmUrl: emailLinkSchema,
  unsubscribeUrl: emailLinkSchema,
});

/** A campaign body is plain paragraphs: merchant text is never sent as raw HTML. */
export const newsletterCampaignEmailSchema = z.object({
  subject: nonEmptyText(200),
  heading: nonEmptyText(200),
  previewText: z.string().trim().max(200).optional(),
  paragraphs: z.array(z.string().trim().max(5000)).min(1).max(50),
  callToAction: z.object({ label: nonEmptyText(80), url: emailLinkSchema }).optional(),
  unsubscribeUrl: emailLinkSchema,
});

export const emailTemplateSchemas = {
  order_confirmation: orderConfirmationEmailSchema,
  payment_failed: paymentFailedEmailSchema,
  order_cancelled: orderCancelledEmailSchema,
  shipping_update: shippingUpdateEmailSchema,
  order_delivered: orderDeliveredEmailSchema,
  return_update: returnUpdateEmailSchema,
  refund_issued: refundIssuedEmailSchema,
  estimate_sent: estimateSentEmailSchema,
  estimate_accepted: estimateAcceptedEmailSchema,
  abandoned_cart: abandonedCartEmailSchema,
  low_stock: lowStockEmailSchema,
  customer_password_reset: customerPasswordResetEmailSchema,
  customer_magic_link: customerMagicLinkEmailSchema,
  staff_invitation: staffInvitationEmailSchema,
  newsletter_confirmation: newsletterConfirmationEmailSchema,
  newsletter_campaign: newsletterCampaignEmailSchema,
} as const;

export type EmailTemplateKey = keyof typeof emailTemplateSchemas;
export const emailTemplateKeys = Object.keys(emailTemplateSchemas) as [
  EmailTemplateKey,
  ...EmailTemplateKey[],
];
export const emailTemplateKeySchema = z.enum(emailTemplateKeys, {
  error: 'Unknown email template',
});
export type EmailTemplateData<K extends EmailTemplateKey> = z.output<
  (typeof emailTemplateSchemas)[K]
>;
export type EmailTemplateInput<K extends EmailTemplateKey> = z.input<
  (typeof emailTemplateSchemas)[K]
>;

/** An attachment as callers hand it over: base64 content, a file name and a content type. */
export const emailAttachmentSchema = z.object({
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\\r\n]+$/, 'A file name, without folders'),
  contentType: z
    .string()
    .trim()
    .max(120)
    .regex(/^[\w.+-]+\/[\w.+-]+$/, 'Use a content type such as application/pdf'),
  contentBase64: z.base64('Attachment content must be base64').max(14_000_000),
});
export type EmailAttachment = z.infer<typeof emailAttachmentSchema>;

export const emailStatusSchema = z.enum(['queued', 'sending', 'sent', 'failed']);

// Procedure inputs.
export const emailIdInputSchema = z.object({ emailId: idSchema });

export const listOutboxEmailsInputSchema = paginationSchema.extend({
  status: emailStatusSchema.optional(),
  templateKey: emailTemplateKeySchema.optional(),
});
export type ListOutboxEmailsInput = z.input<typeof listOutboxEmailsInputSchema>;

export const previewEmailTemplateInputSchema = z.object({ templateKey: emailTemplateKeySchema });
