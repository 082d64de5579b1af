import type { TenantClient, TenantTransaction } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { preconditionFailed } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { releaseReservations } from '../inventory/reservations/release-reservations.ts';
import { restockItems } from '../inventory/restock-items.ts';
import { lockOrder } from './lock-order.ts';
import { moveOrderStatus } from './move-order-status.ts';
import { assertTransition } from './order-state-machine.ts';
import { recordRefund } from './record-refund.ts';

/**
 * What the order's payment took off the shelves, per location: its 'sale' ledger entries. Putting
 * back exactly these returns stock where it came from, and never units that were not taken
 * (untracked variants, backorders).
 */
async function soldStock(tx: TenantTransaction, orderId: string) {
  const sales = await tx.inventoryTransaction.findMany({
    where: { reason: 'sale', referenceType: 'Order', referenceId: orderId },
    select: { variantId: true, locationId: true, delta: true },
  });
  const byLocation = new Map<string, { variantId: string; quantity: number }[]>();
  for (const sale of sales) {
    const items = byLocation.get(sale.locationId) ?? [];
    items.push({ variantId: sale.variantId, quantity: -sale.delta });
    byLocation.set(sale.locationId, items);
  }
  return [...byLocation].map(([locationId, items]) => ({ locationId, items }));
}

/**
 * Cancels an order that has not shipped. Unpaid: its stock holds are released. Paid: the sold
 * units go back on hand and the money still held is refunded in the same transaction, so a
 * cancelled order never keeps a customer's money.
 */
export async function cancelOrder({
  db,
  tenantId,
  actor,
  orderId,
  reason,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  orderId: string;
  reason: string;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    if (order.status === 'cancelled') throw preconditionFailed('This order is already cancelled');
    const shipped = await tx.orderItem.count({
      where: { orderId: order.id, fulfilledQuantity: { gt: 0 } },
    });
    if (shipped > 0) {
      throw preconditionFailed('An order with shipped items cannot be cancelled; start a return');
    }
    assertTransition(order.status, 'cancelled');

    await releaseReservations(tx, { tenantId, orderId: order.id, reason: 'cancelled' });
    const wasPaid = order.paidTotal > 0;
    if (wasPaid) {
      for (const { locationId, items } of await soldStock(tx, order.id)) {
        await restockItems(tx, {
          tenantId,
          items,
          locationId,
          reason: 'adjustment',
          referenceType: 'Order',
          referenceId: order.id,
          actorId: actor.id,
        });
      }
      const held = order.paidTotal - order.refundedTotal;
      if (held > 0) {
        await recordRefund(tx, {
          tenantId,
          orderId: order.id,
          amount: held,
          reason: `Order cancelled: ${reason}`,
          idempotencyKey: `cancel:${order.id}`,
          actorId: actor.id,
          moveStatus: false,
        });
      }
    }

    await moveOrderStatus(tx, {
      tenantId,
      orderId: order.id,
      from: order.status,
      to: 'cancelled',
      actorId: actor.id,
      data: {
        cancelledAt: now,
        cancelReason: reason,
        ...(wasPaid ? {} : { paymentStatus: 'voided' as const }),
      },
    });
    await emitDomainEvent(tx, tenantId, 'order.cancelled', { orderId: order.id, reason });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'order.cancel',
      targetType: 'Order',
      targetId: order.id,
      before: { status: order.status, paidTotal: order.paidTotal },
      after: { status: 'cancelled', reason, refunded: order.paidTotal - order.refundedTotal },
    });
    return tx.order.findFirstOrThrow({
      where: { id: order.id },
      select: { id: true, number: true, status: true, paymentStatus: true, refundedTotal: true },
    });
  });
}
