import { parseDecimalAmount } from '../../money.ts';
import { PaymentError } from '../../payment-error.ts';
import type { CapturedPayment, ProviderPaymentStatus } from '../../types.ts';
import type { PayPalClient } from './paypal-client.ts';
import { paypalOrderSchema } from './paypal-schemas.ts';
import type { PayPalOrder } from './paypal-schemas.ts';

export const orderPath = (orderId: string) => `/v2/checkout/orders/${encodeURIComponent(orderId)}`;

/** Capture states in which the money was taken (refunds do not undo the capture). */
export const capturedStatuses = new Set(['COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED']);

export const getPayPalOrder = (client: PayPalClient, orderId: string) =>
  client.request({ method: 'GET', path: orderPath(orderId) }, paypalOrderSchema);

export const declinedByPayPal = (reason?: string) =>
  new PaymentError(
    'declined',
    'PayPal declined the payment. Try another payment method.',
    'paypal',
    reason,
  );

export function orderStatus(order: PayPalOrder): ProviderPaymentStatus {
  const payments = order.purchase_units[0]?.payments;
  if (payments?.captures.some((capture) => capturedStatuses.has(capture.status))) return 'captured';
  if (payments?.authorizations.some((authorization) => authorization.status === 'CREATED')) {
    return 'authorized';
  }
  switch (order.status) {
    case 'CREATED':
    case 'SAVED':
    case 'PAYER_ACTION_REQUIRED':
      return 'requires_action';
    case 'VOIDED':
      return 'cancelled';
    default:
      return 'pending';
  }
}

/** What an order's captures add up to; a declined capture with nothing taken is a decline. */
export function capturedResult(order: PayPalOrder): CapturedPayment {
  const captures = order.purchase_units.flatMap((unit) => unit.payments?.captures ?? []);
  const taken = captures.filter((capture) => capturedStatuses.has(capture.status));
  const declined = captures.find(
    (capture) => capture.status === 'DECLINED' || capture.status === 'FAILED',
  );
  if (declined && taken.length === 0) throw declinedByPayPal(declined.status_details?.reason);
  return {
    reference: order.id,
    status: orderStatus(order),
    capturedAmount: taken.reduce(
      (sum, capture) =>
        sum + parseDecimalAmount(capture.amount.value, capture.amount.currency_code),
      0,
    ),
  };
}
