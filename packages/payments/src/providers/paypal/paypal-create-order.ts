import type { CreatedPayment, CreatePaymentInput } from '../../types.ts';
import type { PayPalClient } from './paypal-client.ts';
import { paypalAmount } from './paypal-amounts.ts';
import { orderStatus } from './paypal-order.ts';
import { paypalOrderSchema } from './paypal-schemas.ts';

/** An Orders v2 order the shopper approves on PayPal; intent AUTHORIZE for a later capture. */
export async function createPayPalOrder(
  client: PayPalClient,
  input: CreatePaymentInput,
): Promise<CreatedPayment> {
  const experience = {
    user_action: 'PAY_NOW',
    ...(input.returnUrl ? { return_url: input.returnUrl } : {}),
    ...(input.cancelUrl ? { cancel_url: input.cancelUrl } : {}),
  };
  const order = await client.request(
    {
      method: 'POST',
      path: '/v2/checkout/orders',
      requestId: input.idempotencyKey,
      body: {
        intent: input.capture === 'automatic' ? 'CAPTURE' : 'AUTHORIZE',
        purchase_units: [
          {
            reference_id: input.orderId,
            custom_id: `${input.tenantId}:${input.orderId}`.slice(0, 127),
            description: `Order ${input.orderNumber}`.slice(0, 127),
            amount: paypalAmount(input.amount, input.currency),
          },
        ],
        ...(input.returnUrl || input.customerEmail
          ? {
              payment_source: {
                paypal: {
                  ...(input.customerEmail ? { email_address: input.customerEmail } : {}),
                  experience_context: experience,
                },
              },
            }
          : {}),
      },
    },
    paypalOrderSchema,
  );
  // `approve` without a payment source, `payer-action` with one.
  const approvalUrl = order.links.find(
    (link) => link.rel === 'approve' || link.rel === 'payer-action',
  )?.href;
  return {
    reference: order.id,
    status: orderStatus(order),
    ...(approvalUrl ? { approvalUrl } : {}),
  };
}
