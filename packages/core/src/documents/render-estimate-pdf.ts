import type { TenantClient } from '@storeloom/db';
import { renderEstimate } from '@storeloom/pdf';

import { type DocumentPdf, pdfFile } from './document-pdf.ts';
import { loadEstimateDocument } from './load-estimate-document.ts';

/** An estimate as a PDF, for the merchant (any status, drafts included). */
export async function renderEstimatePdf(input: {
  db: TenantClient;
  tenantId: string;
  estimateId: string;
  now?: Date;
}): Promise<DocumentPdf> {
  const estimate = await loadEstimateDocument(input);
  return pdfFile(`estimate-${estimate.estimateNumber}.pdf`, await renderEstimate(estimate));
}
