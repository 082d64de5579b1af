import { AiError, aiNotConfiguredMessage, isAiError } from './ai-error.ts';
import type { AiProvider, AiProviderConfig } from './ai-provider.ts';
import { createOpenAiProvider } from './openai-provider.ts';

/**
 * A fallback chain over providers, itself an AiProvider. Each request goes to the first provider;
 * on a transient failure (timeout, 5xx, 429, connection error) the next one is tried. Anything a
 * merchant must fix (a rejected key, a refused request, garbage) is reported at once: another
 * provider would hide it. When every provider fails transiently, the last error is thrown.
 */
export function createAiClient(
  configs: readonly AiProviderConfig[],
  createProvider: (config: AiProviderConfig) => AiProvider = createOpenAiProvider,
): AiProvider {
  if (configs.length === 0) throw new AiError('not_configured', aiNotConfiguredMessage);
  const providers = configs.map((config) => ({ config, provider: createProvider(config) }));
  const imageProviders = providers.filter(({ config }) => Boolean(config.imageModel));

  async function firstThatAnswers<T>(
    chain: typeof providers,
    run: (provider: AiProvider) => Promise<T>,
  ): Promise<T> {
    let lastError: unknown;
    for (const { provider } of chain) {
      try {
        return await run(provider);
      } catch (error) {
        if (!isAiError(error) || !error.transient) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }

  return {
    generateText: (request) => firstThatAnswers(providers, (p) => p.generateText(request)),
    generateImage: (request) => {
      if (imageProviders.length === 0) {
        return Promise.reject(
          new AiError(
            'not_configured',
            'Image generation is not configured: no AI provider has an image model.',
          ),
        );
      }
      return firstThatAnswers(imageProviders, (p) => p.generateImage(request));
    },
  };
}
