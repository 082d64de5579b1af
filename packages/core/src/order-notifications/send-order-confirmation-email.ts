import type { EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';
import { addressSchema } from '@storeloom/validators';

import { addressLines } from '../documents/document-party.ts';
import { renderInvoicePdf } from '../documents/render-invoice-pdf.ts';
import { notFound } from '../errors/domain-error.ts';
import { deliverStoreEmail, type NotificationResult } from './deliver-store-email.ts';
import { loadOrderRecipient } from './load-order-recipient.ts';

/** Ship-to lines under the shopper's name, or nothing when the snapshot is missing or outdated. */
function shipToLines(snapshot: unknown, locale: string): string[] | undefined {
  const parsed = addressSchema.safeParse(snapshot);
  if (!parsed.success) return undefined;
  const address = parsed.data;
  return [`${address.firstName} ${address.lastName}`, ...addressLines(address, locale)];
}

/**
 * The order confirmation: lines and totals, the ship-to address, and the invoice PDF attached.
 * One per order (`order-confirmation:<orderId>`), however often the step runs.
 */
export async function sendOrderConfirmationEmail({
  db,
  tenantId,
  orderId,
  transport,
}: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  transport: EmailTransport;
}): Promise<NotificationResult> {
  const recipient = await loadOrderRecipient({ db, tenantId, orderId });
  const order = await db.order.findFirst({
    where: { id: orderId },
    select: {
      placedAt: true,
      subtotal: true,
      discountTotal: true,
      shippingTotal: true,
      taxTotal: true,
      total: true,
      shippingAddress: true,
      tenant: { select: { locale: true } },
      items: {
        orderBy: { id: 'asc' },
        select: {
          name: true,
          variantTitle: true,
          sku: true,
          quantity: true,
          unitPrice: true,
          total: true,
        },
      },
    },
  });
  if (!order) throw notFound('Order');
  const invoice = await renderInvoicePdf({ db, tenantId, orderId });
  return deliverStoreEmail({
    db,
    tenantId,
    transport,
    to: recipient.email,
    templateKey: 'order_confirmation',
    idempotencyKey: `order-confirmation:${orderId}`,
    data: {
      customerName: recipient.customerName,
      orderNumber: recipient.orderNumber,
      placedAt: order.placedAt,
      currency: recipient.currency,
      lines: order.items.map((item) => ({
        name: item.name,
        variantTitle: item.variantTitle ?? undefined,
        sku: item.sku ?? undefined,
        quantity: item.quantity,
        unitPrice: item.unitPrice,
        total: item.total,
      })),
      subtotal: order.subtotal,
      discountTotal: order.discountTotal,
      shippingTotal: order.shippingTotal,
      taxTotal: order.taxTotal,
      total: order.total,
      shippingAddress: shipToLines(order.shippingAddress, order.tenant.locale),
      orderUrl: recipient.orderUrl,
    },
    attachments: [
      {
        filename: invoice.filename,
        contentType: invoice.contentType,
        contentBase64: invoice.bytes.toString('base64'),
      },
    ],
  });
}
