import type { TenantClient } from '@storeloom/db';
import { renderInvoice } from '@storeloom/pdf';

import { notFound } from '../errors/domain-error.ts';
import { estimateDeposit } from '../estimates/estimate-deposit.ts';
import { type DocumentPdf, pdfFile } from './document-pdf.ts';
import { loadInvoiceDocument } from './load-invoice-document.ts';

/**
 * The invoice of the order an estimate became. When the estimate asks a deposit on acceptance
 * (`estimateDeposit`), the invoice asks for that deposit now and the rest later; otherwise it is
 * the plain invoice for the whole balance.
 */
export async function renderEstimateInvoicePdf({
  db,
  tenantId,
  estimateId,
}: {
  db: TenantClient;
  tenantId: string;
  estimateId: string;
}): Promise<DocumentPdf> {
  const estimate = await db.estimate.findFirst({
    where: { id: estimateId },
    select: { total: true, depositBps: true, convertedOrderId: true },
  });
  if (!estimate?.convertedOrderId) throw notFound('Order of the estimate');
  const invoice = await loadInvoiceDocument({ db, tenantId, orderId: estimate.convertedOrderId });
  const deposit = estimateDeposit(estimate);
  const document = {
    ...invoice,
    deposit:
      deposit !== null && estimate.depositBps !== null
        ? { amount: deposit, bps: estimate.depositBps }
        : null,
  };
  return pdfFile(`invoice-${invoice.invoiceNumber}.pdf`, await renderInvoice(document));
}
