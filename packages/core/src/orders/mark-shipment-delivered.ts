import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors/domain-error.ts';
import { lockOrder } from './lock-order.ts';
import { moveOrderStatus } from './move-order-status.ts';
import { canTransition } from './order-state-machine.ts';
import { addOrderEvent } from './order-timeline.ts';

/**
 * A parcel arrived. When every line has shipped and every shipment is delivered, the order is
 * delivered (and its returns window can start). Delivering twice changes nothing.
 */
export async function markShipmentDelivered({
  db,
  tenantId,
  actor,
  shipmentId,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  shipmentId: string;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const found = await tx.shipment.findFirst({ where: { id: shipmentId } });
    if (!found) throw notFound('Shipment');
    const order = await lockOrder(tx, tenantId, found.orderId);
    if (found.status === 'delivered') return found;

    const shipment = await tx.shipment.update({
      where: { id: found.id },
      data: { status: 'delivered', deliveredAt: now },
    });
    await addOrderEvent(tx, {
      tenantId,
      orderId: order.id,
      type: 'shipment.delivered',
      message: `Shipment with ${shipment.carrier} delivered`,
      actorId: actor.id,
      data: { shipmentId: shipment.id },
    });

    const undelivered = await tx.shipment.count({
      where: { orderId: order.id, status: { not: 'delivered' } },
    });
    const allShipped = order.fulfillmentStatus === 'fulfilled';
    if (undelivered === 0 && allShipped) {
      if (canTransition(order.status, 'delivered')) {
        await moveOrderStatus(tx, {
          tenantId,
          orderId: order.id,
          from: order.status,
          to: 'delivered',
          actorId: actor.id,
          data: { fulfillmentStatus: 'delivered' },
        });
      } else {
        // A refunded order keeps its status; the facet still records the delivery.
        await tx.order.update({
          where: { id: order.id },
          data: { fulfillmentStatus: 'delivered' },
        });
      }
    }
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'order.shipment.deliver',
      targetType: 'Shipment',
      targetId: shipment.id,
      before: { status: found.status },
      after: { status: shipment.status },
    });
    return shipment;
  });
}
