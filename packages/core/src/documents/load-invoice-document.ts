import type { PaymentProvider, TenantClient } from '@storeloom/db';
import type { InvoiceDocument } from '@storeloom/validators';

import { type OrderViewer, ownOrdersWhere } from '../customer-accounts/own-orders-where.ts';
import { notFound } from '../errors/domain-error.ts';
import { partyFromAddress } from './document-party.ts';
import { readDocumentSettings } from './document-settings.ts';
import { loadDocumentBranding } from './load-document-branding.ts';

const PAYMENT_METHOD_NAMES: Record<PaymentProvider, string> = {
  manual: 'Manual payment (bank transfer or on delivery)',
  stripe: 'Card (Stripe)',
  paypal: 'PayPal',
};

/**
 * The invoice of one order. The invoice number is the order number. Line amounts are unit price x
 * quantity so they add up to the subtotal; discounts, shipping and tax follow as on the order.
 * The balance due is what is left to pay (nothing on a cancelled order). With `customer`, only an
 * order that shopper may see is found, by the same rule as their account's order list.
 */
export async function loadInvoiceDocument({
  db,
  tenantId,
  orderId,
  customer,
}: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  customer?: OrderViewer;
}): Promise<InvoiceDocument> {
  const order = await db.order.findFirst({
    where: { id: orderId, ...(customer ? ownOrdersWhere(customer) : {}) },
    select: {
      number: true,
      placedAt: true,
      status: true,
      email: true,
      phone: true,
      currency: true,
      subtotal: true,
      discountTotal: true,
      discountCodes: true,
      shippingTotal: true,
      shippingMethodName: true,
      taxTotal: true,
      pricesIncludeTax: true,
      total: true,
      paidTotal: true,
      refundedTotal: true,
      shippingAddress: true,
      billingAddress: true,
      customerNote: true,
      items: {
        orderBy: { position: 'asc' },
        select: {
          name: true,
          variantTitle: true,
          sku: true,
          quantity: true,
          isLabour: true,
          hours: true,
          unitPrice: true,
          discountAmount: true,
        },
      },
      payments: {
        where: { status: { in: ['authorized', 'captured', 'partially_refunded', 'refunded'] } },
        orderBy: { createdAt: 'asc' },
        select: { provider: true },
      },
    },
  });
  if (!order) throw notFound('Order');
  const [branding, settings] = await Promise.all([
    loadDocumentBranding({ db, tenantId }),
    readDocumentSettings(db),
  ]);
  const contact = { email: order.email, phone: order.phone };
  const shipTo = partyFromAddress(order.shippingAddress, contact, branding.locale);
  const providers = [...new Set(order.payments.map((payment) => payment.provider))];
  const cancelled = order.status === 'cancelled';
  return {
    branding,
    invoiceNumber: String(order.number),
    orderNumber: order.number,
    issueDate: order.placedAt,
    currency: order.currency,
    cancelled,
    // Without any address (a download, a counter sale) the invoice is made out to the email.
    billTo: partyFromAddress(order.billingAddress, contact, branding.locale) ??
      shipTo ?? { name: order.email, lines: [], email: null, phone: order.phone },
    shipTo,
    lines: order.items.map((item) => ({
      name: item.name,
      variantTitle: item.variantTitle,
      sku: item.sku,
      quantity: item.quantity,
      hours: item.isLabour && item.hours !== null ? item.hours.toNumber() : null,
      unitPrice: item.unitPrice,
      discountAmount: item.discountAmount,
      total: item.unitPrice * item.quantity,
    })),
    subtotal: order.subtotal,
    discountTotal: order.discountTotal,
    discountCodes: order.discountCodes,
    shippingTotal: order.shippingTotal,
    shippingMethod: order.shippingMethodName,
    taxTotal: order.taxTotal,
    pricesIncludeTax: order.pricesIncludeTax,
    total: order.total,
    paidTotal: order.paidTotal,
    refundedTotal: order.refundedTotal,
    balanceDue: cancelled ? 0 : Math.max(0, order.total - order.paidTotal),
    paymentMethod: providers.length
      ? providers.map((provider) => PAYMENT_METHOD_NAMES[provider]).join(', ')
      : null,
    customerNote: order.customerNote,
    notes: settings.invoiceNotes,
  };
}
