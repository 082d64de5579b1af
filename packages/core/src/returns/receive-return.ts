import type { FulfillmentStatus, TenantClient, TenantTransaction } from '@storeloom/db';
import type { ReceiveReturnInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, notFound } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { restockItems } from '../inventory/restock-items.ts';
import { lockOrder } from '../orders/lock-order.ts';
import { addOrderEvent } from '../orders/order-timeline.ts';
import { assertReturnStatus, claimReturnStatus, findReturn } from './return-rules.ts';

/** returned or partially_returned, from the units that came back against those that shipped. */
async function returnFacet(tx: TenantTransaction, orderId: string): Promise<FulfillmentStatus> {
  const lines = await tx.orderItem.findMany({
    where: { orderId },
    select: { fulfilledQuantity: true, returnedQuantity: true },
  });
  const shipped = lines.reduce((sum, line) => sum + line.fulfilledQuantity, 0);
  const back = lines.reduce((sum, line) => sum + line.returnedQuantity, 0);
  return back >= shipped ? 'returned' : 'partially_returned';
}

/**
 * The parcel came back. Each line counts as returned on its order line and, unless the merchant
 * says otherwise for that line, goes back on hand with a 'return' ledger entry.
 */
export async function receiveReturn({
  db,
  tenantId,
  actor,
  now = new Date(),
  ...input
}: { db: TenantClient; tenantId: string; actor: Actor; now?: Date } & ReceiveReturnInput) {
  return db.$transaction(async (tx) => {
    const found = await findReturn(tx, input.returnId);
    assertReturnStatus(found.status, ['approved'], 'received');
    await lockOrder(tx, tenantId, found.orderId);
    for (const override of input.items ?? []) {
      if (!found.items.some((item) => item.orderItemId === override.orderItemId)) {
        throw notFound('Order item');
      }
    }
    await claimReturnStatus(tx, found.id, 'approved', { status: 'received', receivedAt: now });

    const restocked: { variantId: string; quantity: number }[] = [];
    for (const item of found.items) {
      const override = input.items?.find((candidate) => candidate.orderItemId === item.orderItemId);
      const restock = override?.restock ?? input.restock;
      const counted = await tx.$executeRaw`
        UPDATE "OrderItem" SET "returnedQuantity" = "returnedQuantity" + ${item.quantity}
         WHERE "id" = ${item.orderItemId} AND "tenantId" = ${tenantId}
           AND "returnedQuantity" + ${item.quantity} <= "fulfilledQuantity"`;
      if (counted !== 1) throw conflict('More units would come back than were shipped');
      await tx.returnItem.update({
        where: { id: item.id },
        data: { restocked: restock, condition: override?.condition ?? item.condition },
      });
      const line = await tx.orderItem.findFirstOrThrow({
        where: { id: item.orderItemId },
        select: { variantId: true },
      });
      if (restock && line.variantId) {
        restocked.push({ variantId: line.variantId, quantity: item.quantity });
      }
    }
    await restockItems(tx, {
      tenantId,
      items: restocked,
      reason: 'return',
      referenceType: 'Return',
      referenceId: found.id,
      actorId: actor.id,
      locationId: input.locationId,
    });
    await tx.return.update({ where: { id: found.id }, data: { restock: restocked.length > 0 } });
    await tx.order.update({
      where: { id: found.orderId },
      data: { fulfillmentStatus: await returnFacet(tx, found.orderId) },
    });

    const units = restocked.reduce((sum, line) => sum + line.quantity, 0);
    await addOrderEvent(tx, {
      tenantId,
      orderId: found.orderId,
      type: 'return.received',
      message: `Return #${found.number} received; ${units} ${units === 1 ? 'unit' : 'units'} restocked`,
      actorId: actor.id,
      data: { returnId: found.id },
    });
    await emitDomainEvent(tx, tenantId, 'return.received', {
      returnId: found.id,
      orderId: found.orderId,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'return.receive',
      targetType: 'Return',
      targetId: found.id,
      before: { status: found.status },
      after: { status: 'received', restocked },
    });
    return findReturn(tx, found.id);
  });
}
