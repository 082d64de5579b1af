import type { RouterOutputs } from '@storeloom/api';
import { formatMoney } from '@storeloom/ui';
import { nonEmptyText, parsePriceText, refundOrderInputSchema } from '@storeloom/validators';
import type { z } from 'zod';

import { localFieldErrors } from './form-errors';

type Order = RouterOutputs['orders']['get'];
type OrderItem = Order['items'][number];

/** What the refund dialog holds: units per line as typed, another amount as typed, a reason. */
export interface RefundDraft {
  quantities: Record<string, string>;
  shipping: boolean;
  otherAmount: string;
  reason: string;
}

export function emptyRefundDraft(order: Order): RefundDraft {
  return {
    quantities: Object.fromEntries(order.items.map((item) => [item.id, ''])),
    shipping: false,
    otherAmount: '',
    reason: '',
  };
}

/**
 * The desk's refund: the shared input, with a reason required because it goes on the timeline,
 * into the audit log and to the customer.
 */
export const refundFormSchema = refundOrderInputSchema.extend({ reason: nonEmptyText(500) });
export type RefundFormInput = z.infer<typeof refundFormSchema>;

/** The field key of one line's quantity, as errors are keyed. */
export const lineField = (orderItemId: string) => `line:${orderItemId}`;

/** A share of the line's total (discounts and tax included) for `quantity` of its units. */
export function lineRefundAmount(item: OrderItem, quantity: number): number {
  if (quantity >= item.quantity) return item.total;
  return Math.round((item.total * quantity) / item.quantity);
}

export type RefundFormResult =
  | { ok: true; input: RefundFormInput; amount: number }
  | { ok: false; errors: Record<string, string>; amount: number };

/**
 * Reads the dialog into `orders.refund` input. Each quantity is whole units within the line;
 * the amount is checked against what is left to refund, so nothing is sent that the server
 * would refuse for it; the rest is the shared schema's.
 */
export function readRefundDraft(
  order: Order,
  draft: RefundDraft,
  context: { idempotencyKey: string; locale: string },
): RefundFormResult {
  const errors: Record<string, string> = {};
  const items: { orderItemId: string; amount: number }[] = [];
  for (const item of order.items) {
    const text = (draft.quantities[item.id] ?? '').trim();
    if (text === '' || text === '0') continue;
    const quantity = Number(text);
    if (!Number.isInteger(quantity) || quantity < 0) {
      errors[lineField(item.id)] = 'Enter whole units';
    } else if (quantity > item.quantity) {
      errors[lineField(item.id)] = `At most ${String(item.quantity)} can be refunded`;
    } else {
      items.push({ orderItemId: item.id, amount: lineRefundAmount(item, quantity) });
    }
  }
  let otherAmount: number | undefined;
  if (draft.otherAmount.trim() !== '') {
    const parsed = parsePriceText(draft.otherAmount.trim(), order.currency, context.locale);
    if (parsed.ok) otherAmount = parsed.amount;
    else errors.amount = parsed.message;
  }
  const shipping = draft.shipping && order.shippingTotal > 0 ? order.shippingTotal : undefined;
  const amount =
    items.reduce((sum, item) => sum + item.amount, 0) + (otherAmount ?? 0) + (shipping ?? 0);

  const parsed = refundFormSchema.safeParse({
    orderId: order.id,
    ...(items.length > 0 ? { items } : {}),
    ...(otherAmount !== undefined && otherAmount > 0 ? { amount: otherAmount } : {}),
    ...(shipping !== undefined ? { shipping } : {}),
    reason: draft.reason,
    idempotencyKey: context.idempotencyKey,
  });
  if (!parsed.success) Object.assign(errors, localFieldErrors(parsed.error));
  if (Object.keys(errors).length === 0) {
    if (amount <= 0) errors.form = 'Choose units to refund or enter an amount';
    else if (amount > order.refundable)
      errors.form = `You can refund at most ${formatMoney(order.refundable, order.currency, context.locale)}`;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors, amount };
  return { ok: true, input: parsed.data, amount };
}
