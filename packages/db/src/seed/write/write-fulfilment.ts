import type { OrderPlan } from '../generate/order-types';
import type { OrderScope } from './write-orders';
import { chunks, requireId, type Tx } from './tx';

interface Resolvers {
  orderId: (plan: OrderPlan) => string;
  itemId: (plan: OrderPlan, position: number) => string;
}

/** Payments, shipments, returns and refunds of orders created in this run. */
export async function writeFulfilment(
  tx: Tx,
  scope: OrderScope,
  plans: readonly OrderPlan[],
  { orderId, itemId }: Resolvers,
): Promise<void> {
  const { tenantId, currency } = scope;

  const paid = plans.filter((plan) => plan.payment !== null);
  const paymentIdByOrder = new Map<string, string>();
  for (const batch of chunks(paid)) {
    const rows = await tx.payment.createManyAndReturn({
      select: { id: true, orderId: true },
      data: batch.flatMap((plan) =>
        plan.payment
          ? [
              {
                tenantId,
                orderId: orderId(plan),
                provider: 'manual' as const,
                currency,
                ...plan.payment,
                updatedAt: plan.payment.createdAt,
              },
            ]
          : [],
      ),
    });
    for (const row of rows) paymentIdByOrder.set(row.orderId, row.id);
  }

  const shipped = plans.filter((plan) => plan.shipment !== null);
  const shipmentIdByOrder = new Map<string, string>();
  for (const batch of chunks(shipped)) {
    const rows = await tx.shipment.createManyAndReturn({
      select: { id: true, orderId: true },
      data: batch.flatMap((plan) =>
        plan.shipment
          ? [
              {
                tenantId,
                orderId: orderId(plan),
                locationId: scope.locationId,
                ...plan.shipment,
                createdAt: plan.shipment.shippedAt,
              },
            ]
          : [],
      ),
    });
    for (const row of rows) shipmentIdByOrder.set(row.orderId, row.id);
  }
  for (const batch of chunks(
    shipped.flatMap((plan) => plan.items.map((item) => ({ plan, item }))),
  )) {
    await tx.shipmentItem.createMany({
      data: batch.map(({ plan, item }) => ({
        tenantId,
        shipmentId: requireId(shipmentIdByOrder, orderId(plan), 'shipment'),
        orderItemId: itemId(plan, item.position),
        quantity: item.quantity,
      })),
    });
  }

  const returned = plans.filter((plan) => plan.return !== null);
  if (returned.length === 0) return;
  const returnRows = await tx.return.createManyAndReturn({
    select: { id: true, orderId: true },
    data: returned.flatMap((plan) => {
      const ret = plan.return;
      if (!ret) return [];
      return [
        {
          tenantId,
          orderId: orderId(plan),
          number: ret.number,
          status: ret.status,
          reason: ret.reason,
          customerNote: ret.customerNote,
          refundAmount: ret.refundAmount,
          currency,
          restock: true,
          requestedAt: ret.requestedAt,
          approvedAt: ret.approvedAt,
          receivedAt: ret.receivedAt,
          refundedAt: ret.refundedAt,
        },
      ];
    }),
  });
  const returnIdByOrder = new Map(returnRows.map((row) => [row.orderId, row.id]));
  await tx.returnItem.createMany({
    data: returned.flatMap((plan) =>
      (plan.return?.items ?? []).map((item) => ({
        tenantId,
        returnId: requireId(returnIdByOrder, orderId(plan), 'return'),
        orderItemId: itemId(plan, item.position),
        quantity: item.quantity,
        reason: item.reason,
        condition: item.condition,
        restocked: item.restocked,
      })),
    ),
  });
  const refunds = returned.flatMap((plan) => {
    const refund = plan.return?.refund;
    if (!refund) return [];
    const id = orderId(plan);
    return [
      {
        tenantId,
        orderId: id,
        paymentId: requireId(paymentIdByOrder, id, 'payment'),
        returnId: requireId(returnIdByOrder, id, 'return'),
        amount: refund.amount,
        currency,
        reason: plan.return?.reason ?? null,
        status: 'succeeded' as const,
        providerReference: `manual_refund_${String(plan.number)}`,
        idempotencyKey: refund.idempotencyKey,
        createdAt: refund.createdAt,
      },
    ];
  });
  if (refunds.length > 0) await tx.refund.createMany({ data: refunds, skipDuplicates: true });
}
