import type { TenantClient } from '@storeloom/db';
import { renderPackingSlip } from '@storeloom/pdf';

import { type DocumentPdf, pdfFile } from './document-pdf.ts';
import { loadPackingSlipDocument } from './load-packing-slip-document.ts';

/** The packing slip of an order, or of one of its shipments, as a PDF. */
export async function renderPackingSlipPdf(input: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  shipmentId?: string;
}): Promise<DocumentPdf> {
  const slip = await loadPackingSlipDocument(input);
  return pdfFile(`packing-slip-${slip.orderNumber}.pdf`, await renderPackingSlip(slip));
}
