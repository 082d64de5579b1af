import type { EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';

import { renderEstimateInvoicePdf } from '../documents/render-estimate-invoice-pdf.ts';
import { notFound } from '../errors/domain-error.ts';
import {
  deliverStoreEmail,
  type NotificationResult,
} from '../order-notifications/deliver-store-email.ts';

/**
 * Tells the customer their accepted estimate is now an order (`estimate_accepted`), with the
 * order's invoice attached: the deposit invoice when the estimate asks one, else the full one.
 * Once per estimate, however often the workflow step repeats.
 */
export async function sendEstimateAcceptedEmail({
  db,
  tenantId,
  estimateId,
  transport,
}: {
  db: TenantClient;
  tenantId: string;
  estimateId: string;
  transport: EmailTransport;
}): Promise<NotificationResult> {
  const estimate = await db.estimate.findFirst({
    where: { id: estimateId },
    select: {
      number: true,
      title: true,
      currency: true,
      total: true,
      customerName: true,
      customerEmail: true,
      acceptedAt: true,
      convertedOrder: { select: { number: true } },
    },
  });
  if (!estimate) throw notFound('Estimate');
  const invoice = await renderEstimateInvoicePdf({ db, tenantId, estimateId });
  return deliverStoreEmail({
    db,
    tenantId,
    transport,
    to: estimate.customerEmail,
    templateKey: 'estimate_accepted',
    data: {
      customerName: estimate.customerName,
      estimateNumber: estimate.number,
      title: estimate.title,
      currency: estimate.currency,
      total: estimate.total,
      acceptedAt: estimate.acceptedAt ?? new Date(),
      orderNumber: estimate.convertedOrder?.number,
    },
    idempotencyKey: `estimate-accepted:${estimateId}`,
    attachments: [
      {
        filename: invoice.filename,
        contentType: invoice.contentType,
        contentBase64: invoice.bytes.toString('base64'),
      },
    ],
  });
}
