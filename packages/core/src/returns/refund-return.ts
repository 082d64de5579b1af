import { randomUUID } from 'node:crypto';

import type { TenantClient, TenantTransaction } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockOrder } from '../orders/lock-order.ts';
import { recordRefund } from '../orders/record-refund.ts';
import type { RefundRequest } from '../orders/refund-amount.ts';
import { refundAtProvider } from '../payments/refund-at-provider.ts';
import type { ProviderAccess } from '../payments/provider-access.ts';
import { planReturnRefund, type ReturnRefundPlan } from './return-refund-plan.ts';
import { claimReturnStatus, findReturn } from './return-rules.ts';

type ProviderRefund = Awaited<ReturnType<typeof refundAtProvider>>;

type RefundReturnInput = RefundRequest & {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  returnId: string;
  reason?: string;
  idempotencyKey?: string;
  now?: Date;
  /** Needed when the order was paid through a provider (Stripe, PayPal): the refund goes back through it. */
  payments?: ProviderAccess;
};

/**
 * Refunds a return: by default ("full") the value of the returned units at the price paid for
 * them; or chosen per-line amounts (each at most the returned share of its line), shipping, or a
 * free amount. Never more than the order still holds (recordRefund).
 *
 * The money goes back the way it came. A manual payment is settled in one transaction. A Stripe
 * or PayPal payment is refunded at the provider first (after every check, with the idempotency
 * key, so a retried request or workflow step refunds once), then recorded and the return marked
 * refunded; a failed provider call records nothing.
 */
export async function refundReturn(input: RefundReturnInput) {
  const { db, tenantId, returnId } = input;
  const idempotencyKey = input.idempotencyKey ?? `refund:${randomUUID()}`;
  const first = await db.$transaction(async (tx) => {
    const earlier = await findEarlierRefund(tx, returnId, input.idempotencyKey);
    if (earlier) return { kind: 'done' as const, result: earlier };
    await lockOrder(tx, tenantId, (await findReturn(tx, returnId)).orderId);
    const plan = await planReturnRefund(tx, { returnId, request: input });
    if (plan.payment.provider !== 'manual') return { kind: 'provider' as const, plan };
    const result = await recordReturnRefund(tx, input, plan, idempotencyKey, undefined);
    return { kind: 'done' as const, result };
  });
  if (first.kind === 'done') return first.result;
  const { plan } = first;

  const providerRefund = await refundAtProvider({
    db,
    tenantId,
    payment: plan.payment,
    amount: plan.amount,
    currency: plan.currency,
    reason: refundReason(input, plan),
    idempotencyKey,
    access: input.payments,
  });
  return db.$transaction(async (tx) => {
    await lockOrder(tx, tenantId, plan.found.orderId);
    const found = await findReturn(tx, returnId);
    return recordReturnRefund(tx, input, { ...plan, found }, idempotencyKey, providerRefund);
  });
}

/** A retried request: the refund its key already recorded, with the return as it is now. */
async function findEarlierRefund(
  tx: TenantTransaction,
  returnId: string,
  idempotencyKey: string | undefined,
) {
  if (!idempotencyKey) return null;
  const found = await findReturn(tx, returnId);
  const refund = await tx.refund.findFirst({ where: { idempotencyKey, returnId: found.id } });
  return refund ? { ...found, refund } : null;
}

const refundReason = (input: RefundReturnInput, plan: ReturnRefundPlan) =>
  input.reason ?? `Return #${plan.found.number}`;

async function recordReturnRefund(
  tx: TenantTransaction,
  input: RefundReturnInput,
  plan: ReturnRefundPlan,
  idempotencyKey: string,
  providerRefund: ProviderRefund | undefined,
) {
  const { tenantId, actor, now = new Date() } = input;
  const { found, amount, payment } = plan;
  // The provider's webhook may have reported this very refund first: it is then on the order
  // already, and only needs linking to the return.
  const reported = providerRefund
    ? await tx.refund.findFirst({
        where: { paymentId: payment.id, providerReference: providerRefund.reference },
      })
    : null;
  const refund = reported
    ? await tx.refund.update({ where: { id: reported.id }, data: { returnId: found.id } })
    : (
        await recordRefund(tx, {
          tenantId,
          orderId: found.orderId,
          returnId: found.id,
          amount,
          reason: refundReason(input, plan),
          idempotencyKey,
          paymentId: payment.id,
          ...(providerRefund ? { providerRefund } : {}),
          actorId: actor.id,
          moveStatus: true,
        })
      ).refund;
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
    after: {
      status: 'refunded',
      refundId: refund.id,
      amount,
      provider: payment.provider,
      providerReference: providerRefund?.reference ?? null,
    },
  });
  return { ...(await findReturn(tx, found.id)), refund };
}
