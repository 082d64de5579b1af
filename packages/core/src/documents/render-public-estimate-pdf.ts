import type { TenantClient } from '@storeloom/db';

import { findEstimateByToken } from '../estimates/public-estimate.ts';
import type { DocumentPdf } from './document-pdf.ts';
import { renderEstimatePdf } from './render-estimate-pdf.ts';

/**
 * The estimate behind a customer's link as a PDF: the same link that shows it opens the download.
 * Unknown, replaced and withdrawn links (and drafts) are not found.
 */
export async function renderPublicEstimatePdf({
  db,
  tenantId,
  token,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  token: string;
  now?: Date;
}): Promise<DocumentPdf> {
  const { id } = await db.$transaction((tx) => findEstimateByToken(tx, token));
  return renderEstimatePdf({ db, tenantId, estimateId: id, now });
}
