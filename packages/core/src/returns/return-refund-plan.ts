import type { TenantTransaction } from '@storeloom/db';

import { conflict } from '../errors/domain-error.ts';
import { pickRefundPayment } from '../orders/record-refund.ts';
import { type RefundRequest, resolveRefundAmount } from '../orders/refund-amount.ts';
import { formatAmount } from '../pricing/format-amount.ts';
import { assertReturnStatus, findReturn } from './return-rules.ts';

export type ReturnWithItems = Awaited<ReturnType<typeof findReturn>>;

export interface ReturnRefundPlan {
  found: ReturnWithItems;
  amount: number;
  /** The captured payment the money goes back through (refunds never span payments). */
  payment: {
    id: string;
    provider: 'manual' | 'stripe' | 'paypal';
    providerReference: string | null;
  };
  currency: string;
}

/**
 * What refunding a return takes, decided before any money moves: the return must be approved or
 * received; the amount is the request ("full": the returned units at the price paid for them,
 * capped by what the order still holds); it must fit in what is left on the order and on one
 * captured payment. Anything refused here is refused before a provider is called.
 */
export async function planReturnRefund(
  tx: TenantTransaction,
  { returnId, request }: { returnId: string; request: RefundRequest },
): Promise<ReturnRefundPlan> {
  const found = await findReturn(tx, returnId);
  assertReturnStatus(found.status, ['approved', 'received'], 'refunded');
  const order = await tx.order.findFirstOrThrow({ where: { id: found.orderId } });
  const money = (amount: number) => formatAmount(amount, order.currency);
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
  const left = order.paidTotal - order.refundedTotal;
  const amount = resolveRefundAmount(request, {
    currency: order.currency,
    shippingTotal: order.shippingTotal,
    items: returnedShares,
    fullAmount: Math.min(goodsValue, left),
  });
  if (amount <= 0 || left <= 0) throw conflict('Nothing is left to refund on this order');
  if (amount > left) throw conflict(`You can refund at most ${money(left)}`);
  const payments = await tx.payment.findMany({
    where: { orderId: order.id, capturedAmount: { gt: 0 } },
    orderBy: { createdAt: 'asc' },
  });
  const payment = pickRefundPayment(payments, amount, money);
  return { found, amount, payment, currency: order.currency };
}
