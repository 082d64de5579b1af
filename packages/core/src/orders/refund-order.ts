import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockOrder } from './lock-order.ts';
import { type RefundRequest, resolveRefundAmount } from './refund-amount.ts';
import { recordRefund } from './record-refund.ts';

/** A refund straight on an order (goodwill, a missing item), without a return. */
export async function refundOrder({
  db,
  tenantId,
  actor,
  orderId,
  reason,
  idempotencyKey,
  ...request
}: RefundRequest & {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  orderId: string;
  reason?: string;
  idempotencyKey?: string;
}) {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    const items = await tx.orderItem.findMany({
      where: { orderId: order.id },
      select: { id: true, name: true, total: true },
    });
    const amount = resolveRefundAmount(request, {
      currency: order.currency,
      shippingTotal: order.shippingTotal,
      items,
      fullAmount: order.paidTotal - order.refundedTotal,
    });
    const { refund, created } = await recordRefund(tx, {
      tenantId,
      orderId: order.id,
      amount,
      reason: reason ?? null,
      idempotencyKey: idempotencyKey ?? null,
      actorId: actor.id,
      moveStatus: true,
    });
    if (created) {
      await recordAudit(tx, {
        tenantId,
        actor,
        action: 'order.refund',
        targetType: 'Order',
        targetId: order.id,
        before: { refundedTotal: order.refundedTotal, status: order.status },
        after: { refundedTotal: order.refundedTotal + amount, refundId: refund.id },
      });
    }
    return refund;
  });
}
