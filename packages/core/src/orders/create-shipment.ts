import type { OrderStatus, TenantClient, TenantTransaction } from '@storeloom/db';
import type { CreateShipmentInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest, notFound, preconditionFailed } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { fulfillmentOf } from './fulfillment-progress.ts';
import { lockOrder } from './lock-order.ts';
import { moveOrderStatus } from './move-order-status.ts';
import { orderStatusLabel } from './order-state-machine.ts';
import { addOrderEvent } from './order-timeline.ts';

const SHIPPABLE: readonly OrderStatus[] = ['paid', 'processing', 'partially_fulfilled'];

async function assertLocation(tx: TenantTransaction, locationId: string | undefined) {
  if (!locationId) return;
  const location = await tx.inventoryLocation.findFirst({
    where: { id: locationId },
    select: { id: true },
  });
  if (!location) throw notFound('Location');
}

/**
 * Ships some or all of what is left to ship of a paid order. Each line's shipped units go up by a
 * conditional update that can never pass the ordered quantity; the order becomes partially
 * fulfilled or fulfilled accordingly.
 */
export async function createShipment({
  db,
  tenantId,
  actor,
  ...input
}: { db: TenantClient; tenantId: string; actor: Actor } & CreateShipmentInput) {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, input.orderId);
    if (!SHIPPABLE.includes(order.status)) {
      throw preconditionFailed(
        `An order that is ${orderStatusLabel(order.status)} cannot be shipped`,
      );
    }
    await assertLocation(tx, input.locationId);
    const lines = await tx.orderItem.findMany({ where: { orderId: order.id } });
    for (const wanted of input.items) {
      const line = lines.find((candidate) => candidate.id === wanted.orderItemId);
      if (!line) throw notFound('Order item');
      const left = line.quantity - line.fulfilledQuantity;
      const shipped = await tx.$executeRaw`
        UPDATE "OrderItem" SET "fulfilledQuantity" = "fulfilledQuantity" + ${wanted.quantity}
         WHERE "id" = ${line.id} AND "tenantId" = ${tenantId}
           AND "fulfilledQuantity" + ${wanted.quantity} <= "quantity"`;
      if (shipped !== 1) {
        throw badRequest(
          left > 0
            ? `Only ${left} of ${line.name} left to ship`
            : `${line.name} has already shipped`,
          { orderItemId: line.id, left },
        );
      }
      line.fulfilledQuantity += wanted.quantity;
    }

    const now = new Date();
    const shipment = await tx.shipment.create({
      data: {
        tenantId,
        orderId: order.id,
        locationId: input.locationId ?? null,
        carrier: input.carrier,
        service: input.service ?? null,
        trackingNumber: input.trackingNumber ?? null,
        trackingUrl: input.trackingUrl ?? null,
        status: 'shipped',
        shippedAt: now,
        items: {
          create: input.items.map((item) => ({
            tenantId,
            orderItemId: item.orderItemId,
            quantity: item.quantity,
          })),
        },
      },
      include: { items: true },
    });

    const fulfillmentStatus = fulfillmentOf(lines);
    const status = fulfillmentStatus === 'fulfilled' ? 'fulfilled' : 'partially_fulfilled';
    if (status === order.status) {
      await tx.order.update({ where: { id: order.id }, data: { fulfillmentStatus } });
    } else {
      await moveOrderStatus(tx, {
        tenantId,
        orderId: order.id,
        from: order.status,
        to: status,
        actorId: actor.id,
        data: { fulfillmentStatus },
      });
    }
    const units = input.items.reduce((sum, item) => sum + item.quantity, 0);
    await addOrderEvent(tx, {
      tenantId,
      orderId: order.id,
      type: 'shipment.created',
      message: `${units} ${units === 1 ? 'item' : 'items'} shipped with ${input.carrier}${
        input.trackingNumber ? ` (${input.trackingNumber})` : ''
      }`,
      actorId: actor.id,
      data: { shipmentId: shipment.id },
    });
    await emitDomainEvent(tx, tenantId, 'shipment.created', {
      shipmentId: shipment.id,
      orderId: order.id,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'order.shipment.create',
      targetType: 'Shipment',
      targetId: shipment.id,
      before: { status: order.status, fulfillmentStatus: order.fulfillmentStatus },
      after: { status, fulfillmentStatus, items: input.items },
    });
    return shipment;
  });
}
