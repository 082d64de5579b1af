import type { PaymentProviderDescriptor } from './descriptor.ts';
import { PaymentError } from './payment-error.ts';
import { manualProviderDescriptor } from './providers/manual/manual-descriptor.ts';
import type { ManualCredentials } from './providers/manual/manual-descriptor.ts';
import { createManualProvider } from './providers/manual/manual-provider.ts';
import { paypalProviderDescriptor } from './providers/paypal/paypal-descriptor.ts';
import type { PayPalCredentials } from './providers/paypal/paypal-descriptor.ts';
import { createPayPalProvider } from './providers/paypal/paypal-provider.ts';
import { stripeProviderDescriptor } from './providers/stripe/stripe-descriptor.ts';
import type { StripeCredentials } from './providers/stripe/stripe-descriptor.ts';
import { createStripeProvider } from './providers/stripe/stripe-provider.ts';
import { paymentProviderIds } from './types.ts';
import type { PaymentProvider, PaymentProviderId, PaymentProviderOptions } from './types.ts';

/** Every provider the platform offers, by id: names and the credentials each one needs. */
export const paymentProviderRegistry = {
  manual: manualProviderDescriptor,
  stripe: stripeProviderDescriptor,
  paypal: paypalProviderDescriptor,
} as const satisfies { [Id in PaymentProviderId]: PaymentProviderDescriptor & { id: Id } };

export interface PaymentProviderCredentials {
  manual: ManualCredentials;
  stripe: StripeCredentials;
  paypal: PayPalCredentials;
}

export function isPaymentProviderId(value: unknown): value is PaymentProviderId {
  return (paymentProviderIds as readonly unknown[]).includes(value);
}

/**
 * Checks what the merchant entered. Blank values count as missing, so a cleared field makes the
 * provider unavailable rather than sending an empty key to the provider.
 */
export function parsePaymentCredentials<Id extends PaymentProviderId>(
  id: Id,
  credentials: Record<string, string>,
): PaymentProviderCredentials[Id] {
  const descriptor: PaymentProviderDescriptor = paymentProviderRegistry[id];
  const present: Record<string, string> = {};
  for (const field of descriptor.credentialFields) {
    const value = credentials[field.name]?.trim() ?? '';
    if (value !== '') present[field.name] = value;
    else if (field.required) {
      throw new PaymentError(
        'not_configured',
        `${descriptor.displayName} is not configured: enter the ${field.label} in payment settings.`,
        id,
      );
    }
  }
  const parsed = paymentProviderRegistry[id].credentialsSchema.safeParse(present);
  if (!parsed.success) {
    // Each schema message names its field ("The secret key starts with sk_ or rk_ …").
    const message = parsed.error.issues[0]?.message ?? 'Check the payment settings.';
    throw new PaymentError(
      'not_configured',
      `${descriptor.displayName} is not configured. ${message}`,
      id,
    );
  }
  return parsed.data as PaymentProviderCredentials[Id];
}

/** Whether checkout can offer the provider with these credentials. */
export function isProviderConfigured(id: PaymentProviderId, credentials: Record<string, string>) {
  try {
    parsePaymentCredentials(id, credentials);
    return true;
  } catch (error) {
    if (error instanceof PaymentError) return false;
    throw error;
  }
}

/**
 * Builds a provider from a store's decrypted credentials. Throws PaymentError('not_configured')
 * naming the missing or malformed field. Building makes no network call.
 */
export function createPaymentProvider(
  id: PaymentProviderId,
  credentials: Record<string, string>,
  options: PaymentProviderOptions = {},
): PaymentProvider {
  switch (id) {
    case 'manual':
      return createManualProvider(parsePaymentCredentials('manual', credentials));
    case 'stripe':
      return createStripeProvider(parsePaymentCredentials('stripe', credentials), options);
    case 'paypal':
      return createPayPalProvider(parsePaymentCredentials('paypal', credentials), options);
  }
}
