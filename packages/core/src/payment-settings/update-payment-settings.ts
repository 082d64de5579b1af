import type { TenantClient } from '@storeloom/db';
import {
  type PaymentSettings,
  paymentSettingsSchema,
  type UpdatePaymentSettingsInput,
} from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest } from '../errors/domain-error.ts';
import { getPaymentSettings, type PaymentSettingsView } from './get-payment-settings.ts';
import { PAYMENT_SETTINGS_KEY, readPaymentSettings } from './read-payment-settings.ts';

function merge(current: PaymentSettings, input: UpdatePaymentSettingsInput): PaymentSettings {
  return {
    enabledProviders: input.enabledProviders ?? current.enabledProviders,
    captureMode: input.captureMode ?? current.captureMode,
    manualInstructions: input.manualInstructions ?? current.manualInstructions,
    stripe: {
      publishableKey:
        input.stripe?.publishableKey === undefined
          ? current.stripe.publishableKey
          : input.stripe.publishableKey,
    },
    paypal: {
      clientId:
        input.paypal?.clientId === undefined ? current.paypal.clientId : input.paypal.clientId,
      webhookId:
        input.paypal?.webhookId === undefined ? current.paypal.webhookId : input.paypal.webhookId,
      environment: input.paypal?.environment ?? current.paypal.environment,
    },
  };
}

/**
 * Changes which payment methods the store offers, the capture mode, the manual instructions and
 * the public parts of the provider keys. Secrets are saved separately (savePaymentCredential);
 * nothing here holds one, so the audit entry can show before and after in full.
 */
export async function updatePaymentSettings({
  db,
  tenantId,
  actor,
  ...input
}: UpdatePaymentSettingsInput & {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
}): Promise<PaymentSettingsView> {
  if (input.enabledProviders?.length === 0) {
    throw badRequest('Keep at least one payment method enabled');
  }
  await db.$transaction(async (tx) => {
    const before = await readPaymentSettings(tx, tenantId);
    const after = paymentSettingsSchema.parse(merge(before, input));
    await tx.tenantSetting.upsert({
      where: { tenantId_key: { tenantId, key: PAYMENT_SETTINGS_KEY } },
      create: { tenantId, key: PAYMENT_SETTINGS_KEY, value: after },
      update: { value: after },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'payments.settings_updated',
      targetType: 'TenantSetting',
      targetId: PAYMENT_SETTINGS_KEY,
      before,
      after,
    });
  });
  return getPaymentSettings({ db, tenantId });
}
