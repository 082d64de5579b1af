import { z } from 'zod';

import { currencySchema, idSchema, nonEmptyText } from './common.ts';

/**
 * What the PDF documents (invoice, packing slip, estimate) print. The loaders in
 * `@storeloom/core` build these from the database and `@storeloom/pdf` renders them, so the
 * renderer never sees a database row. Money is integer minor units in the document's currency;
 * dates are UTC and printed in the store's time zone.
 */

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

/** Amounts printed on a document; discounts are positive here and shown as a deduction. */
const amountSchema = z
  .number({ error: 'Expected an amount in minor units' })
  .int('Amounts are whole minor units (e.g. cents)')
  .min(0, 'Amount cannot be negative')
  .max(100_000_000_000, 'Amount is too large');

const quantitySchema = z.number().min(0).max(1_000_000);

const PNG_OR_JPEG_DATA_URI = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * A logo the renderer can draw without the network: a PNG or JPEG data URI, or an absolute path
 * to a local PNG or JPEG file. Remote URLs are not accepted (the loader drops them).
 */
export const documentLogoSchema = z
  .string()
  .max(3_000_000, 'The logo is too large')
  .refine(
    (value) =>
      PNG_OR_JPEG_DATA_URI.test(value) ||
      (value.startsWith('/') && !value.includes('..') && /\.(?:png|jpe?g)$/i.test(value)),
    'Use a PNG or JPEG data URI or a local file path',
  );

/** The store as it appears on its documents. */
export const documentBrandingSchema = z.object({
  storeName: nonEmptyText(120),
  logo: documentLogoSchema.nullable(),
  primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour such as #1f6feb'),
  addressLines: z.array(text(160)).max(6),
  email: text(254).nullable(),
  website: text(200).nullable(),
  taxNumber: text(64).nullable(),
  /** How money and dates are written (BCP 47), and the zone dates are printed in. */
  locale: text(35),
  timeZone: text(64),
});
export type DocumentBranding = z.infer<typeof documentBrandingSchema>;

/** A name and the lines under it: bill-to, ship-to, the estimate's customer. */
export const documentPartySchema = z.object({
  name: text(200),
  lines: z.array(text(200)).max(10),
  email: text(254).nullable(),
  phone: text(32).nullable(),
});
export type DocumentParty = z.infer<typeof documentPartySchema>;

export const invoiceLineSchema = z.object({
  name: text(300),
  variantTitle: text(200).nullable(),
  sku: text(100).nullable(),
  quantity: quantitySchema,
  /** Set for labour lines: the hours behind the line, printed beside its name. */
  hours: quantitySchema.nullable(),
  unitPrice: amountSchema,
  /** The line's share of the order's discounts, printed under its amount. */
  discountAmount: amountSchema,
  /** Unit price x quantity, before discounts and tax: the lines add up to the subtotal. */
  total: amountSchema,
});
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;

export const invoiceDocumentSchema = z.object({
  branding: documentBrandingSchema,
  invoiceNumber: text(40),
  orderNumber: z.number().int().min(0),
  issueDate: z.date(),
  currency: currencySchema,
  cancelled: z.boolean(),
  billTo: documentPartySchema.nullable(),
  shipTo: documentPartySchema.nullable(),
  lines: z.array(invoiceLineSchema).max(5000),
  subtotal: amountSchema,
  discountTotal: amountSchema,
  discountCodes: z.array(text(64)).max(20),
  shippingTotal: amountSchema,
  shippingMethod: text(200).nullable(),
  taxTotal: amountSchema,
  /** Prices already include tax: the tax line reads "Tax included" and is not added again. */
  pricesIncludeTax: z.boolean(),
  total: amountSchema,
  paidTotal: amountSchema,
  refundedTotal: amountSchema,
  balanceDue: amountSchema,
  /**
   * The deposit due now, when the order asks one before the rest (an order made from an
   * estimate with a deposit); absent or null on a plain invoice.
   */
  deposit: z
    .object({ amount: amountSchema, bps: z.number().int().min(1).max(10_000) })
    .nullable()
    .optional(),
  paymentMethod: text(200).nullable(),
  customerNote: text(5000).nullable(),
  notes: text(5000).nullable(),
});
export type InvoiceDocument = z.infer<typeof invoiceDocumentSchema>;

export const packingSlipLineSchema = z.object({
  name: text(300),
  variantTitle: text(200).nullable(),
  sku: text(100).nullable(),
  quantity: quantitySchema,
});
export type PackingSlipLine = z.infer<typeof packingSlipLineSchema>;

export const packingSlipDocumentSchema = z.object({
  branding: documentBrandingSchema,
  orderNumber: z.number().int().min(0),
  orderDate: z.date(),
  shipTo: documentPartySchema.nullable(),
  shippingMethod: text(200).nullable(),
  /** The shipment this slip goes with; null for a slip of the whole order. */
  shipment: z
    .object({
      carrier: text(100),
      service: text(100).nullable(),
      trackingNumber: text(200).nullable(),
      shippedAt: z.date().nullable(),
    })
    .nullable(),
  lines: z.array(packingSlipLineSchema).max(5000),
  customerNote: text(5000).nullable(),
});
export type PackingSlipDocument = z.infer<typeof packingSlipDocumentSchema>;

export const estimateDocumentStatusSchema = z.enum([
  'draft',
  'sent',
  'accepted',
  'declined',
  'converted',
  'expired',
]);

export const estimateMaterialLineSchema = z.object({
  name: text(300),
  description: text(2000).nullable(),
  quantity: quantitySchema,
  unitPrice: amountSchema,
  total: amountSchema,
});
export type EstimateMaterialLine = z.infer<typeof estimateMaterialLineSchema>;

export const estimateLabourLineSchema = z.object({
  name: text(300),
  description: text(2000).nullable(),
  hours: quantitySchema,
  rate: amountSchema,
  total: amountSchema,
});
export type EstimateLabourLine = z.infer<typeof estimateLabourLineSchema>;

export const estimateDocumentSchema = z.object({
  branding: documentBrandingSchema,
  estimateNumber: z.number().int().min(0),
  title: text(200),
  status: estimateDocumentStatusSchema,
  issueDate: z.date(),
  validUntil: z.date().nullable(),
  currency: currencySchema,
  customer: documentPartySchema,
  materials: z.array(estimateMaterialLineSchema).max(1000),
  labour: z.array(estimateLabourLineSchema).max(1000),
  /** Lines that are neither materials nor labour (fees, travel...). */
  other: z.array(estimateMaterialLineSchema).max(1000),
  materialsSubtotal: amountSchema,
  labourSubtotal: amountSchema,
  otherSubtotal: amountSchema,
  subtotal: amountSchema,
  discountTotal: amountSchema,
  taxTotal: amountSchema,
  total: amountSchema,
  /** The deposit asked on acceptance, and its share in basis points; null when none. */
  deposit: z.object({ amount: amountSchema, bps: z.number().int().min(1).max(10_000) }).nullable(),
  notes: text(5000).nullable(),
  terms: text(5000).nullable(),
});
export type EstimateDocument = z.infer<typeof estimateDocumentSchema>;

/** The store's document details, kept as the TenantSetting of key `documents`. */
export const DOCUMENT_SETTINGS_KEY = 'documents';

export const documentSettingsSchema = z.object({
  addressLines: z.array(text(160)).max(6).default([]),
  website: text(200).nullable().default(null),
  taxNumber: text(64).nullable().default(null),
  /** Printed on every invoice: payment terms, bank details, a thank-you. */
  invoiceNotes: text(2000).nullable().default(null),
});
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

/** What a download procedure returns: the file, base64-encoded so it travels as JSON. */
export const documentFileSchema = z.object({
  filename: text(200),
  contentType: z.literal('application/pdf'),
  base64: z.string(),
});
export type DocumentFile = z.infer<typeof documentFileSchema>;

export const packingSlipInputSchema = z.object({
  orderId: idSchema,
  shipmentId: idSchema.optional(),
});
export type PackingSlipInput = z.infer<typeof packingSlipInputSchema>;
