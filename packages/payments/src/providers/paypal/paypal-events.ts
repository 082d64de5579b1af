import { parseDecimalAmount } from '../../money.ts';
import type { PaymentEventEffect } from '../../types.ts';
import type { PayPalClient } from './paypal-client.ts';
import { paypalUnavailable } from './paypal-errors.ts';
import { paypalCaptureSchema, paypalOrderSchema, paypalRefundSchema } from './paypal-schemas.ts';

/** The capture's order is our payment reference; refund resources only link to their capture. */
async function orderIdOfCapture(client: PayPalClient, captureId: string): Promise<string> {
  const capture = await client.request(
    { method: 'GET', path: `/v2/payments/captures/${encodeURIComponent(captureId)}` },
    paypalCaptureSchema,
  );
  const orderId = capture.supplementary_data?.related_ids?.order_id;
  if (orderId === undefined)
    throw paypalUnavailable(new Error(`Capture ${captureId} names no order.`));
  return orderId;
}

/** Verified but not in the shape we know: kept on the stored event for support, not applied. */
const unreadable = (eventType: string): PaymentEventEffect => ({
  kind: 'ignored',
  reason: `The ${eventType} resource is not in the expected shape.`,
});

const captureIdOfRefund = (links: { href: string; rel: string }[]) => {
  const up = links.find((link) => link.rel === 'up')?.href;
  return up ? /\/captures\/([^/?]+)/.exec(up)?.[1] : undefined;
};

/**
 * What a verified PayPal event means for an order. Refunds report the capture's cumulative
 * refunded total (`seller_payable_breakdown.total_refunded_amount`); when PayPal leaves it out,
 * the order's completed refunds are summed instead, so the effect is cumulative either way.
 */
export async function paypalEventEffect(
  client: PayPalClient,
  eventType: string,
  resource: unknown,
): Promise<PaymentEventEffect> {
  switch (eventType) {
    case 'PAYMENT.CAPTURE.COMPLETED':
    case 'PAYMENT.CAPTURE.DENIED': {
      const parsed = paypalCaptureSchema.safeParse(resource);
      if (!parsed.success) return unreadable(eventType);
      const capture = parsed.data;
      const reference =
        capture.supplementary_data?.related_ids?.order_id ??
        (await orderIdOfCapture(client, capture.id));
      if (eventType === 'PAYMENT.CAPTURE.DENIED') {
        return {
          kind: 'payment_failed',
          reference,
          code: capture.status_details?.reason ?? 'DENIED',
          message: 'PayPal denied the payment.',
        };
      }
      const currency = capture.amount.currency_code;
      return {
        kind: 'payment_succeeded',
        reference,
        amount: parseDecimalAmount(capture.amount.value, currency),
        currency,
      };
    }
    case 'PAYMENT.CAPTURE.REFUNDED': {
      const parsed = paypalRefundSchema.safeParse(resource);
      if (!parsed.success) return unreadable(eventType);
      const refund = parsed.data;
      const captureId = captureIdOfRefund(refund.links);
      if (captureId === undefined)
        return { kind: 'ignored', reason: 'The refund names no capture.' };
      const reference = await orderIdOfCapture(client, captureId);
      const total = refund.seller_payable_breakdown?.total_refunded_amount;
      if (total) {
        return {
          kind: 'payment_refunded',
          reference,
          refundReference: refund.id,
          refundedTotal: parseDecimalAmount(total.value, total.currency_code),
          currency: total.currency_code,
        };
      }
      const order = await client.request(
        { method: 'GET', path: `/v2/checkout/orders/${encodeURIComponent(reference)}` },
        paypalOrderSchema,
      );
      const refunds = order.purchase_units
        .flatMap((unit) => unit.payments?.refunds ?? [])
        .filter((candidate) => candidate.status === 'COMPLETED');
      const currency = refund.amount?.currency_code ?? refunds[0]?.amount?.currency_code;
      if (currency === undefined) throw paypalUnavailable(new Error('The refund has no amount.'));
      return {
        kind: 'payment_refunded',
        reference,
        refundReference: refund.id,
        refundedTotal: refunds.reduce(
          (sum, candidate) =>
            sum + (candidate.amount ? parseDecimalAmount(candidate.amount.value, currency) : 0),
          0,
        ),
        currency,
      };
    }
    default:
      return { kind: 'ignored', reason: `PayPal event ${eventType} is not used.` };
  }
}
