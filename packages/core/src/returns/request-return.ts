import type { TenantClient } from '@storeloom/db';
import type { RequestReturnInput } from '@storeloom/validators';

import { recordAudit } from '../audit/record-audit.ts';
import type { OrderViewer } from '../customer-accounts/own-orders-where.ts';
import { nextCounterValue } from '../counters/next-counter-value.ts';
import { badRequest, notFound } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { lockOrder } from '../orders/lock-order.ts';
import { addOrderEvent } from '../orders/order-timeline.ts';
import { returnableQuantities, returnRefusal } from './returnable-quantities.ts';

/**
 * A shopper asks to send back delivered items of their own order. The order lock serialises
 * requests on one order, so two requests at once cannot both claim the same units.
 */
export async function requestReturn({
  db,
  tenantId,
  customer,
  orderId,
  items,
  reason,
  note,
}: { db: TenantClient; tenantId: string; customer: OrderViewer } & RequestReturnInput) {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    const visibleSince = customer.ordersVisibleSince;
    if (order.customerId !== customer.id || (visibleSince && order.placedAt < visibleSince)) {
      throw notFound('Order');
    }
    const lines = await tx.orderItem.findMany({ where: { orderId: order.id } });
    const { delivered, returned } = await returnableQuantities(tx, order.id);
    for (const wanted of items) {
      const line = lines.find((candidate) => candidate.id === wanted.orderItemId);
      if (!line) throw notFound('Order item');
      const refusal = returnRefusal(
        line.name,
        wanted.quantity,
        delivered.get(line.id) ?? 0,
        returned.get(line.id) ?? 0,
      );
      if (refusal) throw badRequest(refusal, { orderItemId: line.id });
    }

    const number = await nextCounterValue(tx, tenantId, 'return');
    const created = await tx.return.create({
      data: {
        tenantId,
        orderId: order.id,
        number,
        reason,
        customerNote: note ?? null,
        currency: order.currency,
        items: {
          create: items.map((item) => ({
            tenantId,
            orderItemId: item.orderItemId,
            quantity: item.quantity,
          })),
        },
      },
      include: { items: true },
    });
    await addOrderEvent(tx, {
      tenantId,
      orderId: order.id,
      type: 'return.requested',
      message: `Return #${number} requested by the customer: ${reason}`,
      data: { returnId: created.id },
    });
    await emitDomainEvent(tx, tenantId, 'return.requested', {
      returnId: created.id,
      orderId: order.id,
    });
    await recordAudit(tx, {
      tenantId,
      actor: { type: 'customer', id: customer.id },
      action: 'return.request',
      targetType: 'Return',
      targetId: created.id,
      after: { orderId: order.id, items, reason },
    });
    return created;
  });
}
