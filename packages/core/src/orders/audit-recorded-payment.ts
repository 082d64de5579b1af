import type { TenantTransaction } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';

/**
 * After a merchant recorded money on an order (marked it paid, captured an authorisation): the
 * order as it now stands, with the audit entry written only when a payment was actually created,
 * so a repeated click leaves one entry.
 */
export async function auditRecordedPayment(
  tx: TenantTransaction,
  {
    tenantId,
    actor,
    action,
    before,
    paymentId,
    created,
  }: {
    tenantId: string;
    actor: Actor;
    action: 'order.mark_paid' | 'order.capture_payment';
    before: { id: string; status: string; paidTotal: number };
    /** None when there was nothing left to pay. */
    paymentId: string | null;
    created: boolean;
  },
) {
  const after = await tx.order.findFirstOrThrow({
    where: { id: before.id },
    select: { id: true, number: true, status: true, paymentStatus: true, paidTotal: true },
  });
  if (created) {
    await recordAudit(tx, {
      tenantId,
      actor,
      action,
      targetType: 'Order',
      targetId: before.id,
      before: { status: before.status, paidTotal: before.paidTotal },
      after: { status: after.status, paidTotal: after.paidTotal, paymentId },
    });
  }
  return { ...after, paymentId };
}
