import type { PaymentProvider, TenantTransaction } from '@storeloom/db';

import { preconditionFailed } from '../errors/domain-error.ts';
import type { LockedOrder } from './lock-order.ts';
import { assertTransition } from './order-state-machine.ts';

/** Money a cancellation gives back through one captured payment. */
export interface CancellationRefund {
  paymentId: string;
  provider: PaymentProvider;
  providerReference: string | null;
  amount: number;
  /** Derived from the order and the payment: a repeated cancel sends the provider the same key. */
  idempotencyKey: string;
}

type CancellableOrder = Pick<LockedOrder, 'id' | 'status'>;

/** Refuses what can never be cancelled: already cancelled, shipped, or past cancelling. */
export async function assertCancellable(tx: TenantTransaction, order: CancellableOrder) {
  if (order.status === 'cancelled') throw preconditionFailed('This order is already cancelled');
  const shipped = await tx.orderItem.count({
    where: { orderId: order.id, fulfilledQuantity: { gt: 0 } },
  });
  if (shipped > 0) {
    throw preconditionFailed('An order with shipped items cannot be cancelled; start a return');
  }
  assertTransition(order.status, 'cancelled');
}

/**
 * Every check a cancellation makes, and the refunds it needs: what is left on each captured
 * payment. Provider payments are refunded at the provider before anything is recorded, so the
 * checks come first and a refused cancellation never reaches the provider.
 */
export async function planCancellation(
  tx: TenantTransaction,
  order: CancellableOrder,
): Promise<CancellationRefund[]> {
  await assertCancellable(tx, order);
  const payments = await tx.payment.findMany({
    where: { orderId: order.id, capturedAmount: { gt: 0 } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return payments
    .filter((payment) => payment.capturedAmount > payment.refundedAmount)
    .map((payment) => ({
      paymentId: payment.id,
      provider: payment.provider,
      providerReference: payment.providerReference,
      amount: payment.capturedAmount - payment.refundedAmount,
      idempotencyKey: `cancel:${order.id}:${payment.id}`,
    }));
}
