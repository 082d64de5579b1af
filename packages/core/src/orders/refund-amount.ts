import { badRequest, notFound } from '../errors/domain-error.ts';
import { formatAmount } from '../pricing/format-amount.ts';

export interface RefundRequest {
  full?: boolean;
  amount?: number;
  items?: readonly { orderItemId: string; amount: number }[];
  shipping?: number;
}

export interface RefundContext {
  currency: string;
  shippingTotal: number;
  /** Lines that may be refunded line by line (for a return: only its lines). */
  items: readonly { id: string; name: string; total: number }[];
  /** What "full" means: the rest of the payment for an order, the returned goods for a return. */
  fullAmount: number;
}

/**
 * The amount a refund request stands for: `full`, or a free amount plus per-line amounts plus
 * shipping, each within what that part cost. Whether the order still holds that much paid money
 * is decided by the database update that records it, so concurrent refunds cannot pass it.
 */
export function resolveRefundAmount(request: RefundRequest, context: RefundContext): number {
  const money = (amount: number) => formatAmount(amount, context.currency);
  const parts = request.amount !== undefined || request.items?.length || request.shipping;
  if (request.full) {
    if (parts) throw badRequest('Choose a full refund or amounts, not both');
    return context.fullAmount;
  }
  let total = request.amount ?? 0;
  for (const wanted of request.items ?? []) {
    const item = context.items.find((candidate) => candidate.id === wanted.orderItemId);
    if (!item) throw notFound('Order item');
    if (wanted.amount > item.total) {
      throw badRequest(`At most ${money(item.total)} can be refunded for ${item.name}`, {
        orderItemId: item.id,
      });
    }
    total += wanted.amount;
  }
  const shipping = request.shipping ?? 0;
  if (shipping > context.shippingTotal) {
    throw badRequest(`At most ${money(context.shippingTotal)} of shipping can be refunded`);
  }
  total += shipping;
  if (total <= 0) throw badRequest('Enter an amount to refund');
  return total;
}
