import { renderToBuffer } from '@react-pdf/renderer';

import {
  estimateDocumentSchema,
  invoiceDocumentSchema,
  packingSlipDocumentSchema,
  type EstimateDocument,
  type InvoiceDocument,
  type PackingSlipDocument,
} from '@storeloom/validators';

import { estimatePdf } from './estimate-pdf.ts';
import { documentFontFamily } from './fonts.ts';
import { invoicePdf } from './invoice-pdf.ts';
import { packingSlipPdf } from './packing-slip-pdf.ts';

/**
 * Server-side rendering of each document to PDF bytes. The data is checked against its schema
 * first, so a caller's mistake is a clear validation error rather than a broken page.
 */
export interface RenderOptions {
  /** Where to find Liberation Sans; defaults to STORELOOM_PDF_FONT_DIR. */
  fontDir?: string;
}

export async function renderInvoice(
  invoice: InvoiceDocument,
  options: RenderOptions = {},
): Promise<Buffer> {
  const data = invoiceDocumentSchema.parse(invoice);
  return renderToBuffer(invoicePdf(data, documentFontFamily(options.fontDir)));
}

export async function renderPackingSlip(
  slip: PackingSlipDocument,
  options: RenderOptions = {},
): Promise<Buffer> {
  const data = packingSlipDocumentSchema.parse(slip);
  return renderToBuffer(packingSlipPdf(data, documentFontFamily(options.fontDir)));
}

export async function renderEstimate(
  estimate: EstimateDocument,
  options: RenderOptions = {},
): Promise<Buffer> {
  const data = estimateDocumentSchema.parse(estimate);
  return renderToBuffer(estimatePdf(data, documentFontFamily(options.fontDir)));
}
