import { PaymentError } from '../../payment-error.ts';
import { paypalErrorSchema } from './paypal-schemas.ts';

const declinedIssues = new Set([
  'INSTRUMENT_DECLINED',
  'TRANSACTION_REFUSED',
  'PAYER_CANNOT_PAY',
  'PAYER_ACCOUNT_RESTRICTED',
  'PAYER_ACCOUNT_LOCKED_OR_CLOSED',
  'CARD_EXPIRED',
  'REDIRECT_PAYER_FOR_ALTERNATE_FUNDING',
]);
const refundTooLargeIssues = new Set([
  'REFUND_AMOUNT_EXCEEDED',
  'CAPTURE_FULLY_REFUNDED',
  'REFUND_NOT_ALLOWED',
]);

/** A PayPal error answer (status and JSON body) in the platform's terms. */
export function paypalHttpError(status: number, body: string): PaymentError {
  let parsed: ReturnType<typeof paypalErrorSchema.parse> | undefined;
  try {
    const result = paypalErrorSchema.safeParse(JSON.parse(body));
    parsed = result.success ? result.data : undefined;
  } catch {
    parsed = undefined;
  }
  const issue = parsed?.details[0]?.issue ?? parsed?.name;
  const fail = (code: PaymentError['code'], message: string) =>
    new PaymentError(code, message, 'paypal', issue);

  if (status === 401) {
    return fail(
      'authentication_failed',
      'PayPal rejected the client ID or secret: check them in payment settings.',
    );
  }
  if (status === 403) {
    return fail(
      'authentication_failed',
      'The PayPal app may not do this: check its permissions in the PayPal developer dashboard.',
    );
  }
  if (status === 404)
    return fail('unknown_reference', 'PayPal has no such payment for this account.');
  if (issue !== undefined && declinedIssues.has(issue)) {
    return fail('declined', 'PayPal declined the payment. Try another payment method.');
  }
  if (issue !== undefined && refundTooLargeIssues.has(issue)) {
    return fail(
      'refund_exceeds_captured',
      'The refund is larger than what is left to refund on this payment.',
    );
  }
  const detail = parsed?.details[0]?.description ?? parsed?.message;
  return fail('invalid_request', `PayPal refused the request${detail ? `: ${detail}` : '.'}`);
}

export const paypalUnavailable = (cause?: unknown) => {
  const error = new PaymentError(
    'provider_unavailable',
    'PayPal is not answering right now. Try again in a few minutes.',
    'paypal',
  );
  if (cause !== undefined) error.cause = cause;
  return error;
};
