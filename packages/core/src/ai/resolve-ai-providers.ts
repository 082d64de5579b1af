import { providerNameFor, type AiProviderConfig } from '@storeloom/ai';
import type { TenantClient } from '@storeloom/db';

import type { EncryptionKeyRing } from '../credentials/encryption-keys.ts';
import { readCredential } from '../credentials/read-credential.ts';
import { OPENAI_BASE_URL, NO_API_KEY } from './platform-ai-config.ts';
import { AI_CREDENTIAL, readStoreAiSettings } from './store-ai-settings.ts';

export type AiConfigSource = 'store' | 'platform' | 'none';

export interface ResolvedAiProviders {
  /** Store override first, then the platform default and its fallback: the fallback chain. */
  configs: AiProviderConfig[];
  source: AiConfigSource;
  /** False when the store turned AI off; `configs` is then empty. */
  enabled: boolean;
}

/**
 * The providers a store's generations go through. The store's own provider counts when it has a
 * key or a base URL; its model defaults to the platform's, and its image model to the platform's
 * only on OpenAI's endpoint (another endpoint may not serve it).
 */
export async function resolveAiProviders({
  db,
  tenantId,
  keys,
  platform,
}: {
  db: TenantClient;
  tenantId: string;
  keys: EncryptionKeyRing;
  platform: readonly AiProviderConfig[];
}): Promise<ResolvedAiProviders> {
  const { settings, apiKey } = await db.$transaction(async (tx) => ({
    settings: await readStoreAiSettings(tx, tenantId),
    apiKey: await readCredential({ db: tx, tenantId, keys, ...AI_CREDENTIAL }),
  }));
  if (!settings.enabled) return { configs: [], source: 'none', enabled: false };
  const configs: AiProviderConfig[] = [];
  if (apiKey || settings.baseUrl) {
    const platformDefault = platform[0];
    const baseUrl = settings.baseUrl ?? OPENAI_BASE_URL;
    configs.push({
      // Errors name it, so a merchant can tell their own key from the platform's.
      name: `${providerNameFor(baseUrl)} (store)`,
      baseUrl,
      apiKey: apiKey ?? NO_API_KEY,
      model: settings.model ?? platformDefault?.model ?? 'gpt-4o-mini',
      imageModel:
        settings.imageModel ?? (settings.baseUrl ? null : (platformDefault?.imageModel ?? null)),
    });
  }
  configs.push(...platform);
  const source =
    configs.length === 0 ? 'none' : configs.length > platform.length ? 'store' : 'platform';
  return { configs, source, enabled: true };
}
