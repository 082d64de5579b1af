import Stripe from 'stripe';

import { PaymentError } from '../../payment-error.ts';
import type {
  PaymentProvider,
  PaymentProviderOptions,
  ProviderPaymentStatus,
  RefundedPayment,
} from '../../types.ts';
import { fromStripeAmount, toStripeAmount } from './stripe-amounts.ts';
import type { StripeCredentials } from './stripe-descriptor.ts';
import { toPaymentError } from './stripe-errors.ts';
import type { StripeOperation } from './stripe-errors.ts';
import { stripeEventEffect } from './stripe-events.ts';

function statusOf(status: Stripe.PaymentIntent.Status): ProviderPaymentStatus {
  switch (status) {
    case 'requires_action':
      return 'requires_action';
    case 'requires_capture':
      return 'authorized';
    case 'succeeded':
      return 'captured';
    case 'canceled':
      return 'cancelled';
    // requires_payment_method, requires_confirmation, processing and any state Stripe adds later:
    // the shopper or Stripe still has to act, and a webhook will tell.
    default:
      return 'pending';
  }
}

const refundStatusOf = (status: string | null): RefundedPayment['status'] => {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'failed' || status === 'canceled') return 'failed';
  return 'pending';
};

/** Where the SDK sends requests: Stripe itself, or a local fake in tests. */
function connectionOf(options: PaymentProviderOptions): Stripe.StripeConfig {
  const config: Stripe.StripeConfig = {
    timeout: options.timeoutMs ?? 10_000,
    // The SDK retries timeouts, 409 and 5xx with the same Idempotency-Key, so retries are safe.
    maxNetworkRetries: options.maxRetries ?? 2,
    telemetry: false,
  };
  if (options.apiBaseUrl === undefined) return config;
  const url = new URL(options.apiBaseUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return {
    ...config,
    host: url.hostname,
    port: url.port === '' ? (protocol === 'http' ? 80 : 443) : Number(url.port),
    protocol,
  };
}

/** Card payments through Stripe PaymentIntents, confirmed in the browser with Stripe Elements. */
export function createStripeProvider(
  credentials: StripeCredentials,
  options: PaymentProviderOptions,
): PaymentProvider {
  const stripe = new Stripe(credentials.secretKey, connectionOf(options));

  const call = async <T>(
    operation: StripeOperation,
    reference: string | undefined,
    run: () => Promise<T>,
  ) => {
    try {
      return await run();
    } catch (error) {
      throw toPaymentError(error, operation, reference);
    }
  };

  return {
    id: 'stripe',
    async createPayment(input) {
      const amount = toStripeAmount(input.amount, input.currency);
      const paymentIntent = await call('create', undefined, () =>
        stripe.paymentIntents.create(
          {
            amount,
            currency: input.currency.toLowerCase(),
            capture_method: input.capture,
            automatic_payment_methods: { enabled: true },
            metadata: {
              tenantId: input.tenantId,
              orderId: input.orderId,
              orderNumber: input.orderNumber,
            },
            ...(input.customerEmail ? { receipt_email: input.customerEmail } : {}),
          },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return {
        reference: paymentIntent.id,
        status: statusOf(paymentIntent.status),
        ...(paymentIntent.client_secret ? { clientSecret: paymentIntent.client_secret } : {}),
      };
    },
    async capturePayment(input) {
      const amount =
        input.amount === undefined ? undefined : toStripeAmount(input.amount, input.currency);
      const paymentIntent = await call('capture', input.reference, () =>
        stripe.paymentIntents.capture(
          input.reference,
          amount === undefined ? {} : { amount_to_capture: amount },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return {
        reference: paymentIntent.id,
        status: statusOf(paymentIntent.status),
        capturedAmount: fromStripeAmount(paymentIntent.amount_received, paymentIntent.currency),
      };
    },
    async refundPayment(input) {
      const amount = toStripeAmount(input.amount, input.currency);
      const refund = await call('refund', input.reference, () =>
        stripe.refunds.create(
          {
            payment_intent: input.reference,
            amount,
            // Stripe's `reason` is a closed list; the merchant's own words go in metadata.
            ...(input.reason ? { metadata: { reason: input.reason.slice(0, 500) } } : {}),
          },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return {
        refundReference: refund.id,
        status: refundStatusOf(refund.status),
        amount: fromStripeAmount(refund.amount, refund.currency),
      };
    },
    async verifyWebhook({ rawBody, headers }) {
      const signature = headers.get('stripe-signature');
      if (signature === null || signature === '') {
        throw new PaymentError(
          'invalid_signature',
          'The Stripe-Signature header is missing.',
          'stripe',
        );
      }
      let event: Stripe.Event;
      try {
        event = await stripe.webhooks.constructEventAsync(
          rawBody,
          signature,
          credentials.webhookSecret,
        );
      } catch (error) {
        throw new PaymentError(
          'invalid_signature',
          error instanceof Stripe.errors.StripeSignatureVerificationError
            ? 'The webhook signature does not match: check the webhook signing secret in payment settings.'
            : 'The webhook body is not a Stripe event.',
          'stripe',
        );
      }
      return {
        provider: 'stripe',
        eventId: event.id,
        type: event.type,
        occurredAt: new Date(event.created * 1000),
        effect: stripeEventEffect(event),
        payload: JSON.parse(rawBody) as unknown,
      };
    },
  };
}
