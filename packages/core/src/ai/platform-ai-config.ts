import { providerNameFor, type AiProviderConfig } from '@storeloom/ai';

import { env } from '../env.ts';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** Keyless OpenAI-compatible servers (Ollama) ignore the key, but the SDK needs one. */
export const NO_API_KEY = 'no-key';

interface AiEnvSource {
  AI_BASE_URL?: string | undefined;
  AI_API_KEY?: string | undefined;
  AI_MODEL: string;
  AI_IMAGE_MODEL: string;
  AI_FALLBACK_BASE_URL?: string | undefined;
  AI_FALLBACK_API_KEY?: string | undefined;
  AI_FALLBACK_MODEL?: string | undefined;
}

/**
 * The platform's providers, in order: the default, then its fallback. A provider counts as
 * configured when it has a key or a base URL (keyless local servers). The fallback is used for
 * text only, since its endpoint may not serve the platform's image model.
 */
export function platformAiConfig(source: AiEnvSource = env): AiProviderConfig[] {
  const configs: AiProviderConfig[] = [];
  if (source.AI_API_KEY || source.AI_BASE_URL) {
    const baseUrl = source.AI_BASE_URL ?? OPENAI_BASE_URL;
    configs.push({
      name: `${providerNameFor(baseUrl)} (platform)`,
      baseUrl,
      apiKey: source.AI_API_KEY ?? NO_API_KEY,
      model: source.AI_MODEL,
      imageModel: source.AI_IMAGE_MODEL,
    });
  }
  if (source.AI_FALLBACK_API_KEY || source.AI_FALLBACK_BASE_URL) {
    const baseUrl = source.AI_FALLBACK_BASE_URL ?? OPENAI_BASE_URL;
    configs.push({
      name: `${providerNameFor(baseUrl)} (platform fallback)`,
      baseUrl,
      apiKey: source.AI_FALLBACK_API_KEY ?? NO_API_KEY,
      model: source.AI_FALLBACK_MODEL ?? source.AI_MODEL,
      imageModel: null,
    });
  }
  return configs;
}
