import type { TenantClient } from '@storeloom/db';

import type { Shopper } from '../cart/shopper.ts';
import { type DocumentPdf } from '../documents/document-pdf.ts';
import { renderInvoicePdf } from '../documents/render-invoice-pdf.ts';
import { notFound } from '../errors/domain-error.ts';
import { placedOrderWhere } from './placed-order-where.ts';

/**
 * The invoice of an order for the shopper who placed it, guests included (their cart cookie).
 * Access is decided first; the invoice itself is the merchant's, so it is rendered as the admin
 * would render it.
 */
export async function renderPlacedOrderInvoicePdf({
  db,
  tenantId,
  orderId,
  shopper,
}: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  shopper: Shopper;
}): Promise<DocumentPdf> {
  const order = await db.order.findFirst({
    where: placedOrderWhere(shopper, orderId),
    select: { id: true },
  });
  if (!order) throw notFound('Order');
  return renderInvoicePdf({ db, tenantId, orderId: order.id });
}
