import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockOrder } from '../orders/lock-order.ts';
import { recordRefund } from '../orders/record-refund.ts';
import { type RefundRequest, resolveRefundAmount } from '../orders/refund-amount.ts';
import { assertReturnStatus, claimReturnStatus, findReturn } from './return-rules.ts';

/**
 * Refunds a return: by default ("full") the value of the returned units at the price paid for
 * them; or chosen per-line amounts (each at most the returned share of its line), shipping, or a
 * free amount. Never more than the order still holds (recordRefund).
 */
export async function refundReturn({
  db,
  tenantId,
  actor,
  returnId,
  reason,
  idempotencyKey,
  now = new Date(),
  ...request
}: RefundRequest & {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  returnId: string;
  reason?: string;
  idempotencyKey?: string;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const found = await findReturn(tx, returnId);
    if (idempotencyKey) {
      // A retried request: answer with the refund it already recorded.
      const earlier = await tx.refund.findFirst({ where: { idempotencyKey, returnId: found.id } });
      if (earlier) return { ...found, refund: earlier };
    }
    assertReturnStatus(found.status, ['approved', 'received'], 'refunded');
    const order = await lockOrder(tx, tenantId, found.orderId);
    const lines = await tx.orderItem.findMany({
      where: { id: { in: found.items.map((item) => item.orderItemId) } },
      select: { id: true, name: true, total: true, quantity: true },
    });
    // What the returned units cost the shopper: their share of the line's total.
    const returnedShares = found.items.flatMap((item) => {
      const line = lines.find((candidate) => candidate.id === item.orderItemId);
      if (!line) return [];
      const total = Math.round((line.total * item.quantity) / line.quantity);
      return [{ id: line.id, name: line.name, total }];
    });
    const goodsValue = returnedShares.reduce((sum, line) => sum + line.total, 0);
    const amount = resolveRefundAmount(request, {
      currency: order.currency,
      shippingTotal: order.shippingTotal,
      items: returnedShares,
      fullAmount: Math.min(goodsValue, order.paidTotal - order.refundedTotal),
    });
    const { refund } = await recordRefund(tx, {
      tenantId,
      orderId: order.id,
      returnId: found.id,
      amount,
      reason: reason ?? `Return #${found.number}`,
      idempotencyKey: idempotencyKey ?? null,
      actorId: actor.id,
      moveStatus: true,
    });
    await claimReturnStatus(tx, found.id, found.status, {
      status: 'refunded',
      refundedAt: now,
      refundAmount: found.refundAmount + amount,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'return.refund',
      targetType: 'Return',
      targetId: found.id,
      before: { status: found.status, refundAmount: found.refundAmount },
      after: { status: 'refunded', refundId: refund.id, amount },
    });
    return { ...(await findReturn(tx, found.id)), refund };
  });
}
