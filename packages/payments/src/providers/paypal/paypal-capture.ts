import { parseDecimalAmount } from '../../money.ts';
import { PaymentError } from '../../payment-error.ts';
import type { CapturedPayment, CapturePaymentInput } from '../../types.ts';
import { paypalAmount } from './paypal-amounts.ts';
import type { PayPalClient } from './paypal-client.ts';
import {
  capturedResult,
  capturedStatuses,
  declinedByPayPal,
  getPayPalOrder,
  orderPath,
  orderStatus,
} from './paypal-order.ts';
import { paypalCaptureSchema, paypalOrderSchema } from './paypal-schemas.ts';
import type { PayPalOrder } from './paypal-schemas.ts';

/**
 * Takes the money of an order the shopper approved. The order is read first, so asking again
 * after a capture answers with that capture instead of failing.
 */
export async function capturePayPalPayment(
  client: PayPalClient,
  input: CapturePaymentInput,
): Promise<CapturedPayment> {
  // Checked before any request: a currency PayPal cannot take fails without a call.
  if (input.amount !== undefined) paypalAmount(input.amount, input.currency);
  const order = await getPayPalOrder(client, input.reference);
  const status = orderStatus(order);
  // Already captured (or declined): report what happened rather than try again.
  if (status === 'captured' || (order.status === 'COMPLETED' && status !== 'authorized')) {
    return capturedResult(order);
  }
  if (order.status !== 'APPROVED' && status !== 'authorized') {
    throw new PaymentError(
      'invalid_request',
      'The shopper has not approved this PayPal payment yet.',
      'paypal',
      order.status,
    );
  }
  return order.intent === 'AUTHORIZE'
    ? captureAuthorization(client, order, input)
    : captureWholeOrder(client, order, input);
}

/** Orders with intent CAPTURE are captured whole, once. */
async function captureWholeOrder(
  client: PayPalClient,
  order: PayPalOrder,
  input: CapturePaymentInput,
): Promise<CapturedPayment> {
  const amount = order.purchase_units[0]?.amount;
  if (
    amount &&
    input.amount !== undefined &&
    input.amount !== parseDecimalAmount(amount.value, amount.currency_code)
  ) {
    throw new PaymentError(
      'invalid_request',
      'PayPal captures the whole order amount at once.',
      'paypal',
    );
  }
  const captured = await client.request(
    { method: 'POST', path: `${orderPath(order.id)}/capture`, requestId: input.idempotencyKey },
    paypalOrderSchema,
  );
  return capturedResult(captured);
}

/** Intent AUTHORIZE: authorise the approved order, then capture all or part of it. */
async function captureAuthorization(
  client: PayPalClient,
  order: PayPalOrder,
  input: CapturePaymentInput,
): Promise<CapturedPayment> {
  const authorized =
    order.status === 'APPROVED'
      ? await client.request(
          {
            method: 'POST',
            path: `${orderPath(order.id)}/authorize`,
            requestId: `${input.idempotencyKey}:authorize`,
          },
          paypalOrderSchema,
        )
      : order;
  const authorization = authorized.purchase_units[0]?.payments?.authorizations.find(
    (candidate) => candidate.status === 'CREATED',
  );
  if (!authorization) {
    throw new PaymentError(
      'invalid_request',
      'This PayPal payment has no open authorization to capture.',
      'paypal',
    );
  }
  const capture = await client.request(
    {
      method: 'POST',
      path: `/v2/payments/authorizations/${encodeURIComponent(authorization.id)}/capture`,
      requestId: input.idempotencyKey,
      body: {
        final_capture: true,
        ...(input.amount === undefined
          ? {}
          : { amount: paypalAmount(input.amount, input.currency) }),
      },
    },
    paypalCaptureSchema,
  );
  if (capture.status === 'PENDING') {
    return { reference: order.id, status: 'pending', capturedAmount: 0 };
  }
  if (!capturedStatuses.has(capture.status)) {
    throw declinedByPayPal(capture.status_details?.reason);
  }
  return {
    reference: order.id,
    status: 'captured',
    capturedAmount: parseDecimalAmount(capture.amount.value, capture.amount.currency_code),
  };
}
