import {
  type CredentialField,
  manualCredentialsSchema,
  paymentProviderRegistry,
  type PaymentProviderId,
  paypalCredentialsSchema,
  stripeCredentialsSchema,
} from '@storeloom/payments';
import type { PaymentSettings } from '@storeloom/validators';
import type { z } from 'zod';

/** The non-secret credential values a provider needs, as kept in the `payments` setting. */
export function publicCredentialValues(
  settings: PaymentSettings,
  provider: PaymentProviderId,
): Record<string, string> {
  const values: Record<string, string | null> =
    provider === 'manual'
      ? { instructions: settings.manualInstructions || null }
      : provider === 'stripe'
        ? { publishableKey: settings.stripe.publishableKey }
        : {
            clientId: settings.paypal.clientId,
            webhookId: settings.paypal.webhookId,
            environment: settings.paypal.environment,
          };
  return Object.fromEntries(
    Object.entries(values).flatMap(([name, value]) => (value ? [[name, value]] : [])),
  );
}

export function credentialFieldsOf(provider: PaymentProviderId): readonly CredentialField[] {
  return paymentProviderRegistry[provider].credentialFields;
}

export function providerDisplayName(provider: PaymentProviderId): string {
  return paymentProviderRegistry[provider].displayName;
}

/** The provider's own format rule for one credential field (Stripe keys start with sk_, pk_...). */
export function credentialFieldRule(
  provider: PaymentProviderId,
  name: string,
): z.ZodType | undefined {
  const shapes: Record<PaymentProviderId, Record<string, z.ZodType>> = {
    manual: manualCredentialsSchema.shape,
    stripe: stripeCredentialsSchema.shape,
    paypal: paypalCredentialsSchema.shape,
  };
  return shapes[provider][name];
}

export interface ProviderReadiness {
  /** Every required credential is present and every public one well-formed. */
  configured: boolean;
  /** Labels of the required credentials still missing, for the settings page. */
  missing: string[];
  /** Why a public value entered is unusable ("The publishable key starts with pk_..."). */
  invalid: string[];
}

/**
 * Whether a provider has all it needs, judged from the public values and the names of the stored
 * secrets, so no secret is decrypted to answer. A malformed public key is accepted when saved
 * and reported here: the provider stays out of checkout until it is fixed.
 */
export function providerReadiness(
  settings: PaymentSettings,
  provider: PaymentProviderId,
  storedSecretNames: ReadonlySet<string>,
): ProviderReadiness {
  const values = publicCredentialValues(settings, provider);
  const missing = credentialFieldsOf(provider)
    .filter((field) => field.required)
    .filter((field) => (field.secret ? !storedSecretNames.has(field.name) : !values[field.name]))
    .map((field) => field.label);
  const invalid = Object.entries(values).flatMap(([name, value]) => {
    const checked = credentialFieldRule(provider, name)?.safeParse(value);
    return checked && !checked.success ? [checked.error.issues[0]?.message ?? name] : [];
  });
  return { configured: missing.length === 0 && invalid.length === 0, missing, invalid };
}

/** Names of the secrets a store has stored, per provider. */
export function secretNamesByProvider(
  rows: readonly { provider: string; name: string }[],
): (provider: PaymentProviderId) => ReadonlySet<string> {
  return (provider) =>
    new Set(rows.filter((row) => row.provider === provider).map((row) => row.name));
}
