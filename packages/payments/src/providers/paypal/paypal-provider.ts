import type { PaymentProvider, PaymentProviderOptions } from '../../types.ts';
import { capturePayPalPayment } from './paypal-capture.ts';
import { createPayPalClient } from './paypal-client.ts';
import { createPayPalOrder } from './paypal-create-order.ts';
import { paypalApiBaseUrls } from './paypal-descriptor.ts';
import type { PayPalCredentials } from './paypal-descriptor.ts';
import { refundPayPalPayment } from './paypal-refund.ts';
import { verifyPayPalWebhook } from './paypal-webhook.ts';

/**
 * PayPal Checkout through the REST API (Orders v2) with plain fetch. The payment reference is the
 * PayPal order id; captures and refunds are found from the order, so nothing else is stored.
 */
export function createPayPalProvider(
  credentials: PayPalCredentials,
  options: PaymentProviderOptions,
): PaymentProvider {
  const client = createPayPalClient({
    baseUrl: (options.apiBaseUrl ?? paypalApiBaseUrls[credentials.environment]).replace(/\/$/, ''),
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    retry: {
      timeoutMs: options.timeoutMs ?? 10_000,
      maxRetries: options.maxRetries ?? 2,
      ...(options.retryBaseDelayMs === undefined ? {} : { baseDelayMs: options.retryBaseDelayMs }),
    },
  });
  return {
    id: 'paypal',
    createPayment: (input) => createPayPalOrder(client, input),
    capturePayment: (input) => capturePayPalPayment(client, input),
    refundPayment: (input) => refundPayPalPayment(client, input),
    verifyWebhook: (request) => verifyPayPalWebhook(client, credentials.webhookId, request),
  };
}
