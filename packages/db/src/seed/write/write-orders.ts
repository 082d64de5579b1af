import type { OrderPlan } from '../generate/order-types';
import type { CatalogIds } from './write-catalog';
import { writeFulfilment } from './write-fulfilment';
import { chunks, requireId, type Tx } from './tx';

export interface OrderScope {
  tenantId: string;
  currency: string;
  locationId: string;
  discountId: string;
}

/**
 * Inserts the planned orders whose numbers do not exist yet, with everything hanging off them.
 * Children are written only for orders created in this run, which keeps re-runs duplicate-free
 * without natural keys on items, events or shipments.
 */
export async function writeOrders(
  tx: Tx,
  scope: OrderScope,
  plans: readonly OrderPlan[],
  ids: CatalogIds & { customerIdByEmail: Map<string, string> },
): Promise<void> {
  const { tenantId } = scope;
  const existing = await tx.order.findMany({ where: { tenantId }, select: { number: true } });
  const taken = new Set(existing.map((row) => row.number));
  const fresh = plans.filter((plan) => !taken.has(plan.number));
  if (fresh.length === 0) return;

  const orderIdByNumber = new Map<number, string>();
  for (const batch of chunks(fresh, 500)) {
    const rows = await tx.order.createManyAndReturn({
      select: { id: true, number: true },
      data: batch.map((plan) => ({
        tenantId,
        number: plan.number,
        customerId: plan.customerEmail
          ? (ids.customerIdByEmail.get(plan.customerEmail) ?? null)
          : null,
        email: plan.email,
        phone: plan.phone,
        status: plan.status,
        paymentStatus: plan.paymentStatus,
        fulfillmentStatus: plan.fulfillmentStatus,
        source: plan.source,
        currency: scope.currency,
        ...plan.totals,
        paidTotal: plan.payment?.capturedAmount ?? 0,
        refundedTotal: plan.refundedTotal,
        shippingTierCode: plan.shippingTierCode,
        shippingMethodName: plan.shippingMethodName,
        shippingAddress: plan.shippingAddress,
        billingAddress: plan.billingAddress,
        discountCodes: plan.discountCode ? [plan.discountCode] : [],
        customerNote: plan.customerNote,
        idempotencyKey: plan.idempotencyKey,
        placedAt: plan.placedAt,
        cancelledAt: plan.cancelledAt,
        cancelReason: plan.cancelReason,
        createdAt: plan.placedAt,
      })),
    });
    for (const row of rows) orderIdByNumber.set(row.number, row.id);
  }
  const orderId = (plan: OrderPlan) => {
    const id = orderIdByNumber.get(plan.number);
    if (!id) throw new Error(`Seed: order ${String(plan.number)} was not created`);
    return id;
  };

  const itemIdByKey = new Map<string, string>();
  const items = fresh.flatMap((plan) => plan.items.map((item) => ({ plan, item })));
  for (const batch of chunks(items, 800)) {
    const rows = await tx.orderItem.createManyAndReturn({
      select: { id: true, orderId: true, position: true },
      data: batch.map(({ plan, item }) => ({
        tenantId,
        orderId: orderId(plan),
        productId: ids.productIdBySlug.get(item.productSlug) ?? null,
        variantId: requireId(ids.variantIdBySku, item.sku, 'variant'),
        name: item.name,
        variantTitle: item.variantTitle,
        sku: item.sku,
        unitPrice: item.unitPrice,
        quantity: item.quantity,
        discountAmount: item.discountAmount,
        taxAmount: item.taxAmount,
        total: item.total,
        costPrice: item.costPrice,
        isMaterial: true,
        fulfilledQuantity: item.fulfilledQuantity,
        returnedQuantity: item.returnedQuantity,
        position: item.position,
      })),
    });
    for (const row of rows) itemIdByKey.set(`${row.orderId}:${String(row.position)}`, row.id);
  }

  for (const batch of chunks(
    fresh.flatMap((plan) => plan.events.map((event) => ({ plan, event }))),
  )) {
    await tx.orderEvent.createMany({
      data: batch.map(({ plan, event }) => ({
        tenantId,
        orderId: orderId(plan),
        type: event.type,
        message: event.message,
        data: event.data,
        createdAt: event.createdAt,
      })),
    });
  }

  const discounted = fresh.filter(
    (plan) => plan.discountCode !== null && plan.status !== 'cancelled',
  );
  if (discounted.length > 0) {
    await tx.discountUsage.createMany({
      skipDuplicates: true,
      data: discounted.map((plan) => ({
        tenantId,
        discountId: scope.discountId,
        orderId: orderId(plan),
        customerId: plan.customerEmail
          ? (ids.customerIdByEmail.get(plan.customerEmail) ?? null)
          : null,
        customerEmail: plan.email,
        amount: plan.totals.discountTotal,
        createdAt: plan.placedAt,
      })),
    });
    await tx.discount.update({
      where: { id: scope.discountId },
      data: { usageCount: { increment: discounted.length } },
    });
  }

  await writeFulfilment(tx, scope, fresh, {
    orderId,
    itemId: (plan, position) =>
      requireId(itemIdByKey, `${orderId(plan)}:${String(position)}`, 'order item'),
  });
}
