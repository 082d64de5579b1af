import type { TenantClient } from '@storeloom/db';
import {
  createPaymentProvider,
  type PaymentProvider,
  type PaymentProviderId,
} from '@storeloom/payments';

import { readCredential } from '../credentials/read-credential.ts';
import { DomainError } from '../errors/domain-error.ts';
import { callProvider } from '../payments/payment-error-to-domain.ts';
import type { ProviderAccess } from '../payments/provider-access.ts';
import { providerApiBaseUrl } from '../payments/provider-endpoints.ts';
import {
  credentialFieldsOf,
  providerDisplayName,
  providerReadiness,
  publicCredentialValues,
} from './provider-readiness.ts';
import { readPaymentSettings } from './read-payment-settings.ts';

/**
 * A ready provider for the store: public values from the settings, secrets decrypted from the
 * store's credentials. Missing credentials are PRECONDITION_FAILED "Stripe is not configured
 * for this store". Enabled or not does not matter here: a disabled provider still refunds and
 * receives webhooks for the payments it took.
 */
export async function loadPaymentProvider({
  db,
  tenantId,
  provider,
  keys,
  options,
}: ProviderAccess & {
  db: TenantClient;
  tenantId: string;
  provider: PaymentProviderId;
}): Promise<PaymentProvider> {
  const credentials = await db.$transaction(async (tx) => {
    const settings = await readPaymentSettings(tx, tenantId);
    const values = publicCredentialValues(settings, provider);
    const stored = new Set<string>();
    for (const field of credentialFieldsOf(provider).filter((f) => f.secret)) {
      const secret = await readCredential({ db: tx, tenantId, keys, provider, name: field.name });
      if (secret !== null) {
        values[field.name] = secret;
        stored.add(field.name);
      }
    }
    const readiness = providerReadiness(settings, provider, stored);
    if (!readiness.configured) {
      throw new DomainError(
        'PRECONDITION_FAILED',
        `${providerDisplayName(provider)} is not configured for this store`,
        {
          provider,
          reason: 'not_configured',
          missing: readiness.missing,
          invalid: readiness.invalid,
        },
      );
    }
    return values;
  });
  // The caller's endpoint (tests' fakes) wins over the environment's.
  const apiBaseUrl = options?.apiBaseUrl ?? providerApiBaseUrl(provider);
  return callProvider(
    () =>
      Promise.resolve(
        createPaymentProvider(provider, credentials, {
          ...options,
          ...(apiBaseUrl === undefined ? {} : { apiBaseUrl }),
        }),
      ),
    'merchant',
  );
}
