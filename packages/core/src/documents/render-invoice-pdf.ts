import type { TenantClient } from '@storeloom/db';
import { renderInvoice } from '@storeloom/pdf';

import type { OrderViewer } from '../customer-accounts/own-orders-where.ts';
import { type DocumentPdf, pdfFile } from './document-pdf.ts';
import { loadInvoiceDocument } from './load-invoice-document.ts';

/**
 * The invoice of an order as a PDF. With `customer`, only one of that shopper's visible orders
 * (another order is simply not found).
 */
export async function renderInvoicePdf(input: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  customer?: OrderViewer;
}): Promise<DocumentPdf> {
  const invoice = await loadInvoiceDocument(input);
  return pdfFile(`invoice-${invoice.invoiceNumber}.pdf`, await renderInvoice(invoice));
}
