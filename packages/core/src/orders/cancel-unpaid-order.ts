import type { TenantClient } from '@storeloom/db';

import { systemActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { releaseReservations } from '../inventory/reservations/release-reservations.ts';
import { lockOrder } from './lock-order.ts';
import { moveOrderStatus } from './move-order-status.ts';
import { releaseOrderDiscounts } from './release-order-discounts.ts';
import { paymentStateOf, type OrderPaymentState } from './order-payment-state.ts';

export type UnpaidCancellation =
  | { cancelled: true }
  /** The order was not cancelled: it got (part of) its money meanwhile, or was already closed. */
  | { cancelled: false; payment: OrderPaymentState };

/**
 * The payment window of an order ended: cancels it if, under the order's lock, it has still
 * received nothing, giving its held stock back. A payment that landed first (a webhook racing the
 * deadline) wins, and an order with part of its money is left for the merchant: cancelling it
 * would mean refunding. Its discount uses are given back. Done by the system, audited as such; running it again changes nothing.
 */
export async function cancelUnpaidOrder({
  db,
  tenantId,
  orderId,
  reason,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  reason: string;
  now?: Date;
}): Promise<UnpaidCancellation> {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    const payment = paymentStateOf(order);
    if (payment !== 'unpaid') return { cancelled: false, payment };

    await releaseReservations(tx, { tenantId, orderId: order.id, reason: 'expired' });
    // The shopper never paid, so the order never happened: a one-use code is theirs again.
    await releaseOrderDiscounts(tx, { tenantId, orderId: order.id });
    await moveOrderStatus(tx, {
      tenantId,
      orderId: order.id,
      from: order.status,
      to: 'cancelled',
      actorId: null,
      data: { cancelledAt: now, cancelReason: reason, paymentStatus: 'voided' },
    });
    await emitDomainEvent(tx, tenantId, 'order.cancelled', { orderId: order.id, reason });
    await recordAudit(tx, {
      tenantId,
      actor: systemActor,
      action: 'order.cancel',
      targetType: 'Order',
      targetId: order.id,
      before: { status: order.status, paidTotal: order.paidTotal },
      after: { status: 'cancelled', reason },
    });
    return { cancelled: true };
  });
}
