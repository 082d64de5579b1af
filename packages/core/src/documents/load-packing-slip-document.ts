import type { TenantClient } from '@storeloom/db';
import type { PackingSlipDocument } from '@storeloom/validators';

import { notFound } from '../errors/domain-error.ts';
import { partyFromAddress } from './document-party.ts';
import { loadDocumentBranding } from './load-document-branding.ts';

/**
 * The packing slip of an order: with `shipmentId`, the lines and quantities of that shipment
 * (which must belong to the order) and its tracking; without, every line of the order that is
 * a thing to pack (labour is not). Never a price.
 */
export async function loadPackingSlipDocument({
  db,
  tenantId,
  orderId,
  shipmentId,
}: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  shipmentId?: string;
}): Promise<PackingSlipDocument> {
  const order = await db.order.findFirst({
    where: { id: orderId },
    select: {
      number: true,
      placedAt: true,
      email: true,
      phone: true,
      shippingAddress: true,
      shippingMethodName: true,
      customerNote: true,
      items: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          name: true,
          variantTitle: true,
          sku: true,
          quantity: true,
          isLabour: true,
        },
      },
    },
  });
  if (!order) throw notFound('Order');
  const shipment = shipmentId
    ? await db.shipment.findFirst({
        where: { id: shipmentId, orderId },
        select: {
          carrier: true,
          service: true,
          trackingNumber: true,
          shippedAt: true,
          items: { select: { orderItemId: true, quantity: true } },
        },
      })
    : null;
  if (shipmentId && !shipment) throw notFound('Shipment');

  const describe = (item: (typeof order.items)[number]) => ({
    name: item.name,
    variantTitle: item.variantTitle,
    sku: item.sku,
  });
  const itemsById = new Map(order.items.map((item) => [item.id, item]));
  const lines = shipment
    ? shipment.items.flatMap((shipped) => {
        const item = itemsById.get(shipped.orderItemId);
        return item ? [{ ...describe(item), quantity: shipped.quantity }] : [];
      })
    : order.items
        .filter((item) => !item.isLabour)
        .map((item) => ({ ...describe(item), quantity: item.quantity }));

  const branding = await loadDocumentBranding({ db, tenantId });
  return {
    branding,
    orderNumber: order.number,
    orderDate: order.placedAt,
    shipTo: partyFromAddress(
      order.shippingAddress,
      { email: order.email, phone: order.phone },
      branding.locale,
    ),
    shippingMethod: order.shippingMethodName,
    shipment: shipment
      ? {
          carrier: shipment.carrier,
          service: shipment.service,
          trackingNumber: shipment.trackingNumber,
          shippedAt: shipment.shippedAt,
        }
      : null,
    lines,
    customerNote: order.customerNote,
  };
}
