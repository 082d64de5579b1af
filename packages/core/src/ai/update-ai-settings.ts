import type { AiProviderConfig } from '@storeloom/ai';
import type { TenantClient } from '@storeloom/db';
import type { UpdateAiSettingsInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { deleteCredential } from '../credentials/delete-credential.ts';
import { readEncryptionKeyRing, type EncryptionKeyRing } from '../credentials/encryption-keys.ts';
import { saveCredential } from '../credentials/save-credential.ts';
import { env } from '../env.ts';
import { checkAiBaseUrl } from './check-ai-base-url.ts';
import { getAiSettings } from './get-ai-settings.ts';
import { AI_CREDENTIAL, AI_SETTINGS_KEY, readStoreAiSettings } from './store-ai-settings.ts';

/**
 * Changes the store's own AI provider. Fields left out stay as they are; `apiKey` is write-only
 * (stored encrypted, audited as its mask by the credential functions) and null removes it.
 */
export async function updateAiSettings({
  db,
  tenantId,
  actor,
  keys = readEncryptionKeyRing(),
  platform,
  allowPrivateBaseUrl = env.NODE_ENV !== 'production',
  ...input
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  keys?: EncryptionKeyRing;
  platform?: readonly AiProviderConfig[];
  /** Local and private endpoints; allowed outside production only (see `checkAiBaseUrl`). */
  allowPrivateBaseUrl?: boolean;
} & UpdateAiSettingsInput) {
  const { apiKey, ...changes } = input;
  if (changes.baseUrl) checkAiBaseUrl(changes.baseUrl, { allowPrivate: allowPrivateBaseUrl });
  await db.$transaction(async (tx) => {
    const before = await readStoreAiSettings(tx, tenantId);
    const after = {
      enabled: changes.enabled ?? before.enabled,
      baseUrl: changes.baseUrl === undefined ? before.baseUrl : changes.baseUrl,
      model: changes.model === undefined ? before.model : changes.model || null,
      imageModel: changes.imageModel === undefined ? before.imageModel : changes.imageModel || null,
    };
    await tx.tenantSetting.upsert({
      where: { tenantId_key: { tenantId, key: AI_SETTINGS_KEY } },
      create: { tenantId, key: AI_SETTINGS_KEY, value: after },
      update: { value: after },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'ai.settings.updated',
      targetType: 'tenant_setting',
      targetId: AI_SETTINGS_KEY,
      before,
      after,
    });
  });
  if (apiKey) {
    await saveCredential({ db, tenantId, actor, keys, ...AI_CREDENTIAL, secret: apiKey });
  } else if (apiKey === null) {
    await deleteCredential({ db, tenantId, actor, ...AI_CREDENTIAL });
  }
  return getAiSettings({ db, tenantId, ...(platform ? { platform } : {}) });
}
