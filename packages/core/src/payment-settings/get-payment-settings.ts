import type { TenantClient } from '@storeloom/db';
import { paymentProviderIds, type PaymentProviderId } from '@storeloom/payments';
import type { PaymentCaptureMode } from '@storeloom/validators';

import { listCredentials } from '../credentials/list-credentials.ts';
import {
  credentialFieldsOf,
  providerDisplayName,
  providerReadiness,
  publicCredentialValues,
} from './provider-readiness.ts';
import { readPaymentSettings } from './read-payment-settings.ts';

export interface PaymentCredentialFieldView {
  name: string;
  label: string;
  secret: boolean;
  required: boolean;
  choices: readonly string[] | null;
  /** Public fields only; a secret's value never leaves the server. */
  value: string | null;
  /** Secrets only: the masked form ("••••1234") when one is stored. */
  hint: string | null;
}

export interface PaymentProviderSettingsView {
  id: PaymentProviderId;
  displayName: string;
  enabled: boolean;
  configured: boolean;
  /** Labels of the required credentials still missing. */
  missing: string[];
  /** Why an entered public value is unusable; the provider stays out of checkout meanwhile. */
  invalid: string[];
  fields: PaymentCredentialFieldView[];
}

export interface PaymentSettingsView {
  captureMode: PaymentCaptureMode;
  manualInstructions: string;
  providers: PaymentProviderSettingsView[];
}

/** The payment settings page: every provider with its state and its credentials, secrets masked. */
export async function getPaymentSettings({
  db,
  tenantId,
}: {
  db: TenantClient;
  tenantId: string;
}): Promise<PaymentSettingsView> {
  const [settings, stored] = await Promise.all([
    db.$transaction((tx) => readPaymentSettings(tx, tenantId)),
    listCredentials({ db }),
  ]);
  const providers = paymentProviderIds.map((id): PaymentProviderSettingsView => {
    const values = publicCredentialValues(settings, id);
    const hints = new Map(
      stored.filter((row) => row.provider === id).map((row) => [row.name, row.hint]),
    );
    const readiness = providerReadiness(settings, id, new Set(hints.keys()));
    return {
      id,
      displayName: providerDisplayName(id),
      enabled: settings.enabledProviders.includes(id),
      ...readiness,
      fields: credentialFieldsOf(id).map((field) => ({
        name: field.name,
        label: field.label,
        secret: field.secret,
        required: field.required,
        choices: field.choices ?? null,
        value: field.secret ? null : (values[field.name] ?? null),
        hint: field.secret ? (hints.get(field.name) ?? null) : null,
      })),
    };
  });
  return {
    captureMode: settings.captureMode,
    manualInstructions: settings.manualInstructions,
    providers,
  };
}
