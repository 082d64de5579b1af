import { randomUUID } from 'node:crypto';

import type { PaymentProvider as PaymentProviderId, TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockOrder } from '../orders/lock-order.ts';
import { recordRefund } from '../orders/record-refund.ts';
import type { ProviderAccess } from './provider-access.ts';
import { refundAtProvider } from './refund-at-provider.ts';

/**
 * Refunds a Stripe or PayPal payment at the provider, then records it. The provider call runs
 * outside any transaction with our refund's idempotency key, so a retried request refunds once.
 * A failed call records nothing. The provider's own webhook may report the refund before we
 * record it: the refund reference then matches and the refund is not counted twice.
 */
export async function refundThroughProvider({
  db,
  tenantId,
  actor,
  orderId,
  amount,
  currency,
  payment,
  reason,
  idempotencyKey = `refund:${randomUUID()}`,
  access,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  orderId: string;
  amount: number;
  currency: string;
  payment: { id: string; provider: PaymentProviderId; providerReference: string | null };
  reason: string | null;
  idempotencyKey?: string;
  access: ProviderAccess | undefined;
}) {
  const { reference: refundReference, status } = await refundAtProvider({
    db,
    tenantId,
    payment,
    amount,
    currency,
    idempotencyKey,
    reason,
    access,
  });

  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    const reported = await tx.refund.findFirst({
      where: { paymentId: payment.id, providerReference: refundReference },
    });
    if (reported) return reported;
    const { refund, created } = await recordRefund(tx, {
      tenantId,
      orderId,
      amount,
      reason,
      idempotencyKey,
      paymentId: payment.id,
      providerRefund: { reference: refundReference, status },
      actorId: actor.id,
      moveStatus: true,
    });
    if (created) {
      await recordAudit(tx, {
        tenantId,
        actor,
        action: 'order.refund',
        targetType: 'Order',
        targetId: orderId,
        before: { refundedTotal: order.refundedTotal, status: order.status },
        after: {
          refundedTotal: order.refundedTotal + amount,
          refundId: refund.id,
          provider: payment.provider,
          providerReference: refundReference,
        },
      });
    }
    return refund;
  });
}
