import type { TenantClient } from '@storeloom/db';

import { systemActor } from '../audit/actor.ts';
import { notFound } from '../errors/domain-error.ts';
import type { ProviderAccess } from '../payments/provider-access.ts';
import { refundReturn } from './refund-return.ts';

export type ReceivedReturnRefund =
  | { refunded: true; refundId: string; amount: number }
  | {
      refunded: false;
      reason: 'exchange' | 'not_received' | 'already_refunded' | 'nothing_to_refund';
    };

/**
 * The parcel of a return came back: the shopper gets the returned units' value back ("full"),
 * through the provider that took the payment, by the system. Exchanges are not refunded (the
 * replacement order is the remedy), nor returns the merchant already refunded by hand. The key
 * `return-refund:<returnId>` makes running it again (a retried step) refund once.
 */
export async function refundReceivedReturn({
  db,
  tenantId,
  returnId,
  payments,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  returnId: string;
  payments: ProviderAccess;
  now?: Date;
}): Promise<ReceivedReturnRefund> {
  const idempotencyKey = `return-refund:${returnId}`;
  const found = await db.return.findFirst({
    where: { id: returnId },
    select: {
      status: true,
      replacementOrderId: true,
      order: { select: { paidTotal: true, refundedTotal: true } },
    },
  });
  if (!found) throw notFound('Return');
  if (found.replacementOrderId) return { refunded: false, reason: 'exchange' };
  if (found.status === 'refunded') {
    const ours = await db.refund.findFirst({ where: { idempotencyKey, returnId } });
    return ours
      ? { refunded: true, refundId: ours.id, amount: ours.amount }
      : { refunded: false, reason: 'already_refunded' };
  }
  if (found.status !== 'received') return { refunded: false, reason: 'not_received' };
  if (found.order.paidTotal - found.order.refundedTotal <= 0) {
    return { refunded: false, reason: 'nothing_to_refund' };
  }
  const { refund } = await refundReturn({
    db,
    tenantId,
    actor: systemActor,
    returnId,
    full: true,
    idempotencyKey,
    payments,
    now,
  });
  return { refunded: true, refundId: refund.id, amount: refund.amount };
}
