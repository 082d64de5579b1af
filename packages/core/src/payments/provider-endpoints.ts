import type { PaymentProviderId } from '@storeloom/payments';

import { env } from '../env.ts';

interface EndpointSource {
  STRIPE_API_BASE_URL: string;
  PAYPAL_API_BASE_URL?: string | undefined;
}

/**
 * Where the provider's API is, from the environment: Stripe's own API unless
 * STRIPE_API_BASE_URL says otherwise; PayPal's PAYPAL_API_BASE_URL, or undefined so the store's
 * PayPal environment (live or sandbox) picks PayPal's endpoint. Manual payments call nothing.
 */
export function providerApiBaseUrl(
  provider: PaymentProviderId,
  source: EndpointSource = env,
): string | undefined {
  switch (provider) {
    case 'stripe':
      return source.STRIPE_API_BASE_URL;
    case 'paypal':
      return source.PAYPAL_API_BASE_URL;
    case 'manual':
      return undefined;
  }
}
