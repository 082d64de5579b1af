import OpenAI from 'openai';

import { AiError } from './ai-error.ts';
import type {
  AiProvider,
  AiProviderConfig,
  GeneratedImage,
  GeneratedText,
  GenerateImageRequest,
  GenerateTextRequest,
} from './ai-provider.ts';
import { imageContentType } from './image-content-type.ts';
import { mapOpenAiError } from './map-openai-error.ts';
import { providerNameFor } from './provider-name.ts';

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 1;

/**
 * One OpenAI-compatible endpoint through the official SDK: OpenAI itself, OpenRouter, DeepSeek,
 * Gemini's OpenAI-compatible endpoint and Ollama differ only in base URL, key and model.
 */
export function createOpenAiProvider(config: AiProviderConfig): AiProvider {
  const provider = config.name ?? providerNameFor(config.baseUrl);
  const client = new OpenAI({
    baseURL: config.baseUrl,
    apiKey: config.apiKey,
    timeout: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: config.maxRetries ?? DEFAULT_MAX_RETRIES,
  });

  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw mapOpenAiError(error, provider);
    }
  };

  return {
    async generateText(request: GenerateTextRequest): Promise<GeneratedText> {
      const completion = await call(() =>
        client.chat.completions.create({
          model: config.model,
          messages: [
            { role: 'system', content: request.system },
            { role: 'user', content: request.prompt },
          ],
          // `max_completion_tokens` replaces it at OpenAI, but DeepSeek, Gemini's endpoint and
          // Ollama read `max_tokens`, which OpenAI still honours for chat models.
          // eslint-disable-next-line @typescript-eslint/no-deprecated
          max_tokens: request.maxTokens,
          temperature: request.temperature,
          ...(request.responseFormat === 'json'
            ? { response_format: { type: 'json_object' as const } }
            : {}),
        }),
      );
      const choice = completion.choices[0];
      if (choice?.message.refusal || choice?.finish_reason === 'content_filter') {
        throw new AiError(
          'content_refused',
          `The AI provider ${provider} declined this request.`,
          provider,
        );
      }
      const text = choice?.message.content?.trim();
      if (!text) {
        throw new AiError(
          'invalid_output',
          `The AI provider ${provider} returned no text.`,
          provider,
        );
      }
      return {
        text,
        usage: {
          promptTokens: completion.usage?.prompt_tokens ?? 0,
          completionTokens: completion.usage?.completion_tokens ?? 0,
        },
        model: completion.model || config.model,
        provider,
      };
    },

    async generateImage(request: GenerateImageRequest): Promise<GeneratedImage> {
      const model = config.imageModel;
      if (!model) {
        throw new AiError(
          'not_configured',
          `No image model is configured for ${provider}.`,
          provider,
        );
      }
      const response = await call(() =>
        client.images.generate({
          model,
          prompt: request.prompt,
          size: request.size,
          n: 1,
        }),
      );
      const encoded = response.data?.[0]?.b64_json;
      const bytes = encoded ? Buffer.from(encoded, 'base64') : null;
      const contentType = bytes ? imageContentType(bytes) : null;
      if (!bytes || !contentType) {
        throw new AiError(
          'invalid_output',
          `The AI provider ${provider} returned no usable image.`,
          provider,
        );
      }
      return {
        bytes,
        contentType,
        model,
        provider,
        usage: {
          promptTokens: response.usage?.input_tokens ?? 0,
          completionTokens: response.usage?.output_tokens ?? 0,
        },
      };
    },
  };
}
