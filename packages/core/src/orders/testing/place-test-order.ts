import type { TenantClient } from '@storeloom/db';

import { reserveStock } from '../../inventory/reservations/reserve-stock.ts';
import { createStockedVariant } from '../../inventory/testing/create-stocked-variant.ts';
import { createOrderRecord, type OrderItemDraft } from '../create-order-record.ts';

export interface TestLine {
  quantity: number;
  unitPrice?: number;
  costPrice?: number;
  onHand?: number;
  title?: string;
}

/**
 * Test support: an order awaiting payment, placed the way checkout places one (fresh stocked
 * variants, stock reserved, createOrderRecord), with $5.00 shipping and no tax.
 */
export async function placeTestOrder(
  db: TenantClient,
  {
    tenantId,
    locationId,
    customerId = null,
    email = 'buyer@example.com',
    lines,
    shippingTotal = 500,
  }: {
    tenantId: string;
    locationId: string;
    customerId?: string | null;
    email?: string;
    lines: readonly TestLine[];
    shippingTotal?: number;
  },
) {
  const items: OrderItemDraft[] = [];
  for (const line of lines) {
    const variant = await createStockedVariant(db, {
      tenantId,
      locationId,
      onHand: line.onHand ?? 10,
      title: line.title ?? 'Linen Shirt',
    });
    const unitPrice = line.unitPrice ?? 2500;
    items.push({
      productId: variant.productId,
      variantId: variant.variantId,
      name: line.title ?? 'Linen Shirt',
      variantTitle: 'M',
      sku: variant.sku,
      unitPrice,
      quantity: line.quantity,
      discountAmount: 0,
      taxAmount: 0,
      total: unitPrice * line.quantity,
      costPrice: line.costPrice ?? 1000,
      isMaterial: false,
      isLabour: false,
      hours: null,
      labourRate: null,
    });
  }
  const subtotal = items.reduce((sum, item) => sum + item.total, 0);
  const order = await db.$transaction(async (tx) => {
    const created = await createOrderRecord(tx, {
      tenantId,
      source: 'storefront',
      customerId,
      email,
      phone: null,
      currency: 'USD',
      pricesIncludeTax: false,
      subtotal,
      discountTotal: 0,
      shippingTotal,
      taxTotal: 0,
      total: subtotal + shippingTotal,
      items,
      shippingAddress: null,
      billingAddress: null,
      shippingTierCode: null,
      shippingMethodName: null,
      discountCodes: [],
      customerNote: null,
      idempotencyKey: null,
      cartId: null,
      actorId: null,
      placedMessage: 'Order placed on the storefront',
    });
    await reserveStock(tx, {
      tenantId,
      orderId: created.id,
      lines: items.flatMap((item) =>
        item.variantId ? [{ variantId: item.variantId, quantity: item.quantity }] : [],
      ),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    return created;
  });
  const orderItems = await db.orderItem.findMany({
    where: { orderId: order.id },
    orderBy: { position: 'asc' },
  });
  return { ...order, items: orderItems };
}
