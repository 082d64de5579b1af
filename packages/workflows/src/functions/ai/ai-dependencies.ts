import type { AiProvider, AiProviderConfig, PriceTable } from '@storeloom/ai';
import {
  getLocalMediaStore,
  platformAiConfig,
  readEncryptionKeyRing,
  type EncryptionKeyRing,
  type LocalMediaStore,
} from '@storeloom/core';

/**
 * What the AI generation steps need besides the database: the key ring that opens a store's own
 * provider key, the platform's providers, where generated images are written, and price
 * overrides. Tests point `platform` at the OpenAI fake.
 */
export interface AiDependencies {
  keys: EncryptionKeyRing;
  platform: readonly AiProviderConfig[];
  mediaStore: LocalMediaStore;
  prices?: PriceTable;
  clientFactory?: (configs: readonly AiProviderConfig[]) => AiProvider;
}

/** Resolved inside each step, like the other workflow dependencies. */
export type ResolveAiDependencies = () => AiDependencies;

/** The process's own: the environment's key ring, platform providers and media folder. */
export const processAiDependencies: ResolveAiDependencies = () => ({
  keys: readEncryptionKeyRing(),
  platform: platformAiConfig(),
  mediaStore: getLocalMediaStore(),
});
