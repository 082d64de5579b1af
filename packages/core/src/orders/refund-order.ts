import type { TenantClient, TenantTransaction } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, notFound } from '../errors/domain-error.ts';
import type { ProviderAccess } from '../payments/provider-access.ts';
import { refundThroughProvider } from '../payments/refund-through-provider.ts';
import { formatAmount } from '../pricing/format-amount.ts';
import { lockOrder } from './lock-order.ts';
import { type RefundRequest, resolveRefundAmount } from './refund-amount.ts';
import { pickRefundPayment, recordRefund } from './record-refund.ts';

type RefundOrderInput = RefundRequest & {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  orderId: string;
  reason?: string;
  idempotencyKey?: string;
  /** Needed when the order was paid through a provider (Stripe, PayPal): the refund goes back through it. */
  payments?: ProviderAccess;
};

/**
 * A refund straight on an order (goodwill, a missing item), without a return. Manual payments
 * are settled in one transaction; a provider payment is refunded at the provider first (after
 * every check, so a refund that cannot be recorded is never sent) and recorded after.
 */
export async function refundOrder(input: RefundOrderInput) {
  const { db, tenantId, orderId, idempotencyKey } = input;
  const plan = await db.$transaction(async (tx) => {
    if (idempotencyKey && (await tx.refund.findFirst({ where: { idempotencyKey } }))) return null;
    return planProviderRefund(tx, input);
  });
  if (!plan || plan.payment.provider === 'manual') return refundInOneTransaction(input);
  return refundThroughProvider({
    db,
    tenantId,
    actor: input.actor,
    orderId,
    amount: plan.amount,
    currency: plan.currency,
    payment: plan.payment,
    reason: input.reason ?? null,
    idempotencyKey,
    access: input.payments,
  });
}

/** The amount and the payment a refund would take, refused here if it exceeds what is left. */
async function planProviderRefund(tx: TenantTransaction, input: RefundOrderInput) {
  const order = await tx.order.findFirst({ where: { id: input.orderId } });
  if (!order) throw notFound('Order');
  const money = (amount: number) => formatAmount(amount, order.currency);
  const left = order.paidTotal - order.refundedTotal;
  const amount = resolveRefundAmount(input, {
    currency: order.currency,
    shippingTotal: order.shippingTotal,
    items: await tx.orderItem.findMany({
      where: { orderId: order.id },
      select: { id: true, name: true, total: true },
    }),
    fullAmount: left,
  });
  if (amount <= 0 || left <= 0) throw conflict('Nothing is left to refund on this order');
  if (amount > left) throw conflict(`You can refund at most ${money(left)}`);
  const payments = await tx.payment.findMany({
    where: { orderId: order.id, capturedAmount: { gt: 0 } },
    orderBy: { createdAt: 'asc' },
  });
  return { amount, currency: order.currency, payment: pickRefundPayment(payments, amount, money) };
}

async function refundInOneTransaction({
  db,
  tenantId,
  actor,
  orderId,
  reason,
  idempotencyKey,
  payments: _payments,
  ...request
}: RefundOrderInput) {
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
