import { randomUUID } from 'node:crypto';

import type { PaymentProvider, TenantTransaction } from '@storeloom/db';

import { conflict, preconditionFailed } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { providerDisplayName } from '../payment-settings/provider-readiness.ts';
import { formatAmount } from '../pricing/format-amount.ts';
import { moveOrderStatus } from './move-order-status.ts';
import { canTransition } from './order-state-machine.ts';
import { addOrderEvent } from './order-timeline.ts';

export interface RefundInput {
  tenantId: string;
  orderId: string;
  amount: number;
  reason: string | null;
  returnId?: string | null;
  /** A retried request with the same key returns the first refund instead of paying twice. */
  idempotencyKey?: string | null;
  /** The payment to refund; omitted: the first captured one with enough left. */
  paymentId?: string | null;
  /**
   * The provider has already returned the money (a refund call, or a refund its webhook
   * reported): its refund id. Without it, only manual payments can be refunded.
   */
  providerRefund?: { reference: string | null; status: 'pending' | 'succeeded' };
  actorId: string | null;
  /**
   * Move the order to refunded / partially refunded. A cancellation records its refund without
   * it, because the order becomes cancelled instead.
   */
  moveStatus: boolean;
}

interface MoneyRow {
  paidTotal: number;
  refundedTotal: number;
}

/**
 * Records money given back against the order's captured payment. The order's `refundedTotal`
 * rises only through a conditional update that keeps it within `paidTotal` (with a CHECK
 * constraint behind it), so no sequence or race of refunds can return more than was paid.
 */
export async function recordRefund(tx: TenantTransaction, input: RefundInput) {
  const idempotencyKey = input.idempotencyKey ?? `refund:${randomUUID()}`;
  const existing = await tx.refund.findFirst({ where: { idempotencyKey } });
  if (existing) {
    if (existing.orderId !== input.orderId) throw conflict('That refund belongs to another order');
    return { refund: existing, created: false };
  }
  if (input.amount <= 0) throw conflict('Nothing is left to refund on this order');
  const order = await tx.order.findFirstOrThrow({ where: { id: input.orderId } });
  const money = (amount: number) => formatAmount(amount, order.currency);

  const rows = await tx.$queryRaw<MoneyRow[]>`
    UPDATE "Order" SET "refundedTotal" = "refundedTotal" + ${input.amount}, "updatedAt" = now()
     WHERE "id" = ${order.id} AND "tenantId" = ${input.tenantId}
       AND "refundedTotal" + ${input.amount} <= "paidTotal"
    RETURNING "paidTotal", "refundedTotal"`;
  const after = rows[0];
  if (!after) {
    const left = order.paidTotal - order.refundedTotal;
    throw conflict(
      left > 0
        ? `You can refund at most ${money(left)}`
        : 'Nothing is left to refund on this order',
    );
  }

  const payment = await takeFromPayment(tx, input, money);
  const refund = await tx.refund.create({
    data: {
      tenantId: input.tenantId,
      orderId: order.id,
      paymentId: payment.id,
      returnId: input.returnId ?? null,
      amount: input.amount,
      currency: order.currency,
      reason: input.reason,
      status: input.providerRefund?.status ?? 'succeeded',
      providerReference: input.providerRefund?.reference ?? null,
      idempotencyKey,
      createdById: input.actorId,
    },
  });

  const paymentStatus = after.refundedTotal >= after.paidTotal ? 'refunded' : 'partially_refunded';
  if (input.moveStatus && canTransition(order.status, paymentStatus)) {
    await moveOrderStatus(tx, {
      tenantId: input.tenantId,
      orderId: order.id,
      from: order.status,
      to: paymentStatus,
      actorId: input.actorId,
      data: { paymentStatus },
    });
  } else {
    await tx.order.update({ where: { id: order.id }, data: { paymentStatus } });
  }
  await addOrderEvent(tx, {
    tenantId: input.tenantId,
    orderId: order.id,
    type: 'refund.recorded',
    message: `Refunded ${money(input.amount)}${input.reason ? `: ${input.reason}` : ''}`,
    actorId: input.actorId,
    data: { refundId: refund.id, amount: input.amount, returnId: input.returnId ?? null },
  });
  await emitDomainEvent(tx, input.tenantId, 'refund.recorded', {
    refundId: refund.id,
    orderId: order.id,
    amount: input.amount,
  });
  return { refund, created: true };
}

interface RefundablePayment {
  id: string;
  provider: PaymentProvider;
  capturedAmount: number;
  refundedAmount: number;
}

/**
 * The captured payment a refund of `amount` goes back through: the given one, or the first with
 * enough left. Refunds never span payments, so each is one provider refund.
 */
export function pickRefundPayment<T extends RefundablePayment>(
  payments: readonly T[],
  amount: number,
  money: (amount: number) => string,
  paymentId?: string | null,
): T {
  const candidates = paymentId ? payments.filter((p) => p.id === paymentId) : payments;
  const payment = candidates.find((p) => p.capturedAmount - p.refundedAmount >= amount);
  if (!payment) {
    const largest = Math.max(0, ...candidates.map((p) => p.capturedAmount - p.refundedAmount));
    throw conflict(
      largest > 0
        ? `One refund can return at most ${money(largest)} (one payment at a time)`
        : 'Nothing is left to refund on this payment',
    );
  }
  return payment;
}

/** Takes the refund off its payment; provider payments only once the provider has refunded. */
async function takeFromPayment(
  tx: TenantTransaction,
  input: RefundInput,
  money: (amount: number) => string,
) {
  const { tenantId, orderId, amount } = input;
  const payments = await tx.payment.findMany({
    where: { orderId, capturedAmount: { gt: 0 } },
    orderBy: { createdAt: 'asc' },
  });
  const payment = pickRefundPayment(payments, amount, money, input.paymentId);
  if (payment.provider !== 'manual' && !input.providerRefund) {
    const name = providerDisplayName(payment.provider);
    throw preconditionFailed(
      `This order was paid with ${name}: refund it from the order, so the money goes back through ${name}`,
    );
  }
  const refunded = await tx.$executeRaw`
    UPDATE "Payment"
       SET "refundedAmount" = "refundedAmount" + ${amount},
           "status" = (CASE WHEN "refundedAmount" + ${amount} >= "capturedAmount"
                            THEN 'refunded' ELSE 'partially_refunded' END)::"PaymentState",
           "updatedAt" = now()
     WHERE "id" = ${payment.id} AND "tenantId" = ${tenantId}
       AND "refundedAmount" + ${amount} <= "capturedAmount"`;
  if (refunded !== 1) throw conflict('The payment changed meanwhile; reload and try again');
  return payment;
}
