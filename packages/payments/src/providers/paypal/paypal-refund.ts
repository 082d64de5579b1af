import { parseDecimalAmount } from '../../money.ts';
import { PaymentError } from '../../payment-error.ts';
import type { RefundedPayment, RefundPaymentInput } from '../../types.ts';
import type { PayPalClient } from './paypal-client.ts';
import { paypalAmount } from './paypal-amounts.ts';
import { getPayPalOrder } from './paypal-order.ts';
import { paypalRefundSchema } from './paypal-schemas.ts';

const refundStatusOf = (status: string): RefundedPayment['status'] => {
  if (status === 'COMPLETED') return 'succeeded';
  if (status === 'PENDING') return 'pending';
  return 'failed';
};

/** Refunds the order's capture; PayPal itself refuses more than is left on it. */
export async function refundPayPalPayment(
  client: PayPalClient,
  input: RefundPaymentInput,
): Promise<RefundedPayment> {
  // Checked before any request: a currency PayPal cannot take fails without a call.
  const amount = paypalAmount(input.amount, input.currency);
  const order = await getPayPalOrder(client, input.reference);
  const captures = order.purchase_units.flatMap((unit) => unit.payments?.captures ?? []);
  // A capture with money left to refund; otherwise the last one, so a repeated request is
  // answered by PayPal (replay, or "already refunded") rather than guessed here.
  const capture =
    captures.find(
      (candidate) => candidate.status === 'COMPLETED' || candidate.status === 'PARTIALLY_REFUNDED',
    ) ?? captures.at(-1);
  if (!capture) {
    throw new PaymentError(
      'refund_exceeds_captured',
      'Nothing has been captured on this PayPal payment yet.',
      'paypal',
    );
  }
  const refund = await client.request(
    {
      method: 'POST',
      path: `/v2/payments/captures/${encodeURIComponent(capture.id)}/refund`,
      requestId: input.idempotencyKey,
      body: {
        amount,
        ...(input.reason ? { note_to_payer: input.reason.slice(0, 255) } : {}),
      },
    },
    paypalRefundSchema,
  );
  return {
    refundReference: refund.id,
    status: refundStatusOf(refund.status),
    amount: refund.amount
      ? parseDecimalAmount(refund.amount.value, refund.amount.currency_code)
      : input.amount,
  };
}
