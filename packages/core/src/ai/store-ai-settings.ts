import type { TenantTransaction } from '@storeloom/db';
import { storedAiSettingsSchema, type StoredAiSettings } from '@storeloom/validators';

/** Where a store's own provider lives: settings in TenantSetting, the key in Credential. */
export const AI_SETTINGS_KEY = 'ai';
export const AI_CREDENTIAL = { provider: 'ai', name: 'apiKey' } as const;

/** The store's AI settings, with defaults for a store that never saved any. */
export async function readStoreAiSettings(
  db: TenantTransaction,
  tenantId: string,
): Promise<StoredAiSettings> {
  const row = await db.tenantSetting.findUnique({
    where: { tenantId_key: { tenantId, key: AI_SETTINGS_KEY } },
    select: { value: true },
  });
  // A row written by an older shape falls back to defaults rather than breaking AI for the store.
  const parsed = storedAiSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : storedAiSettingsSchema.parse({});
}
