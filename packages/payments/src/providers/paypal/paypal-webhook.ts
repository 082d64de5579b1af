import { isPaymentError, PaymentError } from '../../payment-error.ts';
import type { VerifiedPaymentEvent, WebhookRequest } from '../../types.ts';
import type { PayPalClient } from './paypal-client.ts';
import { paypalEventEffect } from './paypal-events.ts';
import { paypalVerificationSchema, paypalWebhookEventSchema } from './paypal-schemas.ts';

const transmissionHeaders = {
  auth_algo: 'paypal-auth-algo',
  cert_url: 'paypal-cert-url',
  transmission_id: 'paypal-transmission-id',
  transmission_sig: 'paypal-transmission-sig',
  transmission_time: 'paypal-transmission-time',
} as const;

const invalid = (message: string) => new PaymentError('invalid_signature', message, 'paypal');

/** Asks PayPal whether it sent this delivery to this store's webhook, then reads the event. */
export async function verifyPayPalWebhook(
  client: PayPalClient,
  webhookId: string,
  { rawBody, headers }: WebhookRequest,
): Promise<VerifiedPaymentEvent> {
  const transmission: Record<string, string> = {};
  for (const [field, header] of Object.entries(transmissionHeaders)) {
    const value = headers.get(header);
    if (value === null || value === '') throw invalid(`The ${header} header is missing.`);
    transmission[field] = value;
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw invalid('The webhook body is not a PayPal event.');
  }
  const event = paypalWebhookEventSchema.safeParse(json);
  if (!event.success) throw invalid('The webhook body is not a PayPal event.');

  const fields = JSON.stringify({ ...transmission, webhook_id: webhookId });
  // The event goes back byte for byte: re-serialising it could change what PayPal checks.
  const verification = await client
    .request(
      {
        method: 'POST',
        path: '/v1/notifications/verify-webhook-signature',
        body: `${fields.slice(0, -1)},"webhook_event":${rawBody}}`,
      },
      paypalVerificationSchema,
    )
    .catch((error: unknown) => {
      // PayPal refusing to check (a malformed header, an unknown webhook) is not a proof.
      if (isPaymentError(error) && ['invalid_request', 'unknown_reference'].includes(error.code)) {
        return { verification_status: 'FAILURE' };
      }
      throw error;
    });
  if (verification.verification_status !== 'SUCCESS') {
    throw invalid(
      'PayPal could not verify this webhook: check the webhook ID in payment settings.',
    );
  }

  const { id, event_type: type, create_time: createTime, resource } = event.data;
  const occurredAt = createTime === undefined ? Number.NaN : Date.parse(createTime);
  return {
    provider: 'paypal',
    eventId: id,
    type,
    // PayPal always sends create_time; the time of receipt stands in if it ever does not.
    occurredAt: Number.isNaN(occurredAt) ? new Date() : new Date(occurredAt),
    effect: await paypalEventEffect(client, type, resource),
    payload: json,
  };
}
