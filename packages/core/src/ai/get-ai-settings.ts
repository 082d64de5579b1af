import type { AiProviderConfig } from '@storeloom/ai';
import type { TenantClient } from '@storeloom/db';

import { listCredentials } from '../credentials/list-credentials.ts';
import { platformAiConfig } from './platform-ai-config.ts';
import { AI_CREDENTIAL, readStoreAiSettings } from './store-ai-settings.ts';

export type AiSettingsSource = 'store' | 'platform' | 'none';

/**
 * What Settings › AI shows: the store's own provider (the key only masked), and which provider
 * generations use now. Reads no secret: the mask is stored beside the ciphertext.
 */
export async function getAiSettings({
  db,
  tenantId,
  platform = platformAiConfig(),
}: {
  db: TenantClient;
  tenantId: string;
  platform?: readonly AiProviderConfig[];
}) {
  const [settings, credentials] = await Promise.all([
    db.$transaction((tx) => readStoreAiSettings(tx, tenantId)),
    listCredentials({ db, provider: AI_CREDENTIAL.provider }),
  ]);
  const key = credentials.find((credential) => credential.name === AI_CREDENTIAL.name);
  const storeProvider = Boolean(key ?? settings.baseUrl);
  const source: AiSettingsSource = !settings.enabled
    ? 'none'
    : storeProvider
      ? 'store'
      : platform.length > 0
        ? 'platform'
        : 'none';
  return {
    ...settings,
    apiKey: key ? { hint: key.hint, updatedAt: key.updatedAt } : null,
    source,
    platformConfigured: platform.length > 0,
  };
}
