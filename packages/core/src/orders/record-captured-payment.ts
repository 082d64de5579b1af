import type { PaymentProvider, Prisma, TenantTransaction } from '@storeloom/db';

import { conflict, preconditionFailed } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { commitReservations } from '../inventory/reservations/commit-reservations.ts';
import { formatAmount } from '../pricing/format-amount.ts';
import { lockOrder } from './lock-order.ts';
import { assertTransition } from './order-state-machine.ts';
import { addOrderEvent } from './order-timeline.ts';
import { moveOrderStatus } from './move-order-status.ts';

export interface CapturedPaymentInput {
  tenantId: string;
  orderId: string;
  provider: PaymentProvider;
  /** Money received, in the order's currency. 0 only settles an order with nothing to pay. */
  amount: number;
  /** Unique per store: the same capture reported twice is recorded once. */
  idempotencyKey: string;
  /**
   * An open provider payment (pending, authorised, failed) to settle instead of creating a row:
   * card payments get their row when the shopper starts paying. Its idempotency key is passed.
   */
  paymentId?: string;
  providerReference?: string | null;
  metadata?: Prisma.InputJsonObject;
  actorId: string | null;
}

export interface CapturedPaymentResult {
  /** Null when an order with nothing to pay was settled without a payment row. */
  paymentId: string | null;
  /** False when the idempotency key had already been recorded. */
  created: boolean;
  /** True when this capture completed the order's payment. */
  orderPaid: boolean;
}

/**
 * The one place a captured payment is recorded, whatever the provider: the Payment row, the
 * order's `paidTotal`, and, once the total is covered, the move to paid, which turns the order's
 * stock reservations into sales. Partial captures (a deposit) leave the order awaiting payment.
 */
export async function recordCapturedPayment(
  tx: TenantTransaction,
  input: CapturedPaymentInput,
): Promise<CapturedPaymentResult> {
  const existing = await tx.payment.findFirst({
    where: { idempotencyKey: input.idempotencyKey },
    select: { id: true, orderId: true, capturedAmount: true },
  });
  const settling =
    existing !== null && existing.id === input.paymentId && existing.capturedAmount === 0;
  if (existing && !settling) {
    if (existing.orderId !== input.orderId) throw conflict('That payment belongs to another order');
    return { paymentId: existing.id, created: false, orderPaid: false };
  }

  const order = await lockOrder(tx, input.tenantId, input.orderId);
  if (order.status === 'paid') throw preconditionFailed('This order is already paid');
  if (order.status !== 'pending_payment') assertTransition(order.status, 'paid');
  const due = order.total - order.paidTotal;
  if (input.amount < 0 || input.amount > due || (input.amount === 0 && due > 0)) {
    throw conflict(`This order has ${formatAmount(due, order.currency)} left to pay`);
  }

  const paidTotal = order.paidTotal + input.amount;
  let paymentId: string | null = null;
  if (input.amount > 0) {
    const payment = settling
      ? await tx.payment.update({
          where: { id: existing.id },
          data: {
            status: 'captured',
            amount: input.amount,
            capturedAmount: input.amount,
            providerReference: input.providerReference ?? null,
            failureCode: null,
            failureMessage: null,
          },
          select: { id: true },
        })
      : await tx.payment.create({
          data: {
            tenantId: input.tenantId,
            orderId: order.id,
            provider: input.provider,
            providerReference: input.providerReference ?? null,
            status: 'captured',
            amount: input.amount,
            capturedAmount: input.amount,
            currency: order.currency,
            idempotencyKey: input.idempotencyKey,
            metadata: input.metadata ?? {},
          },
          select: { id: true },
        });
    paymentId = payment.id;
    await addOrderEvent(tx, {
      tenantId: input.tenantId,
      orderId: order.id,
      type: 'payment.captured',
      message: `Payment of ${formatAmount(input.amount, order.currency)} received (${input.provider})`,
      actorId: input.actorId,
      data: { paymentId, amount: input.amount, provider: input.provider },
    });
    await emitDomainEvent(tx, input.tenantId, 'payment.captured', {
      paymentId,
      orderId: order.id,
      amount: input.amount,
    });
  }

  const orderPaid = paidTotal >= order.total;
  if (!orderPaid) {
    await tx.order.update({ where: { id: order.id }, data: { paidTotal } });
    return { paymentId, created: true, orderPaid };
  }
  await moveOrderStatus(tx, {
    tenantId: input.tenantId,
    orderId: order.id,
    from: 'pending_payment',
    to: 'paid',
    actorId: input.actorId,
    data: { paidTotal, paymentStatus: 'paid' },
  });
  await commitReservations(tx, {
    tenantId: input.tenantId,
    orderId: order.id,
    actorId: input.actorId,
  });
  return { paymentId, created: true, orderPaid };
}
