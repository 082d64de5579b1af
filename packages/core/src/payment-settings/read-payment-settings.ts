import type { TenantTransaction } from '@storeloom/db';
import {
  defaultPaymentSettings,
  type PaymentSettings,
  paymentSettingsSchema,
} from '@storeloom/validators';

/** The TenantSetting key of a store's payment settings. */
export const PAYMENT_SETTINGS_KEY = 'payments';

/**
 * The store's payment settings, or the embedded default (manual payments) when it has none.
 * Stored values are parsed over the defaults, so a setting written before a field existed reads
 * with that field's default.
 */
export async function readPaymentSettings(
  db: TenantTransaction,
  tenantId: string,
): Promise<PaymentSettings> {
  const row = await db.tenantSetting.findUnique({
    where: { tenantId_key: { tenantId, key: PAYMENT_SETTINGS_KEY } },
    select: { value: true },
  });
  if (!row || typeof row.value !== 'object' || row.value === null || Array.isArray(row.value)) {
    return defaultPaymentSettings;
  }
  const parsed = paymentSettingsSchema.safeParse({ ...defaultPaymentSettings, ...row.value });
  return parsed.success ? parsed.data : defaultPaymentSettings;
}
