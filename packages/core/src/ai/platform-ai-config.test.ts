import { describe, expect, it } from 'vitest';

import { platformAiConfig } from './platform-ai-config.ts';

const models = { AI_MODEL: 'gpt-4o-mini', AI_IMAGE_MODEL: 'gpt-image-1' };

describe('platformAiConfig', () => {
  it('is empty without a key or a URL', () => {
    expect(platformAiConfig(models)).toEqual([]);
  });

  it('defaults to OpenAI with a key, and takes a keyless URL (Ollama)', () => {
    expect(platformAiConfig({ ...models, AI_API_KEY: 'sk-1' })).toEqual([
      expect.objectContaining({
        baseUrl: 'https://api.openai.com/v1',
        apiKey: 'sk-1',
        model: 'gpt-4o-mini',
        imageModel: 'gpt-image-1',
        name: 'openai (platform)',
      }),
    ]);
    expect(
      platformAiConfig({ ...models, AI_BASE_URL: 'http://localhost:11434/v1' })[0],
    ).toMatchObject({
      name: 'ollama (platform)',
    });
  });

  it('adds the fallback second, for text only', () => {
    const [, fallback] = platformAiConfig({
      ...models,
      AI_API_KEY: 'sk-1',
      AI_FALLBACK_BASE_URL: 'https://openrouter.ai/api/v1',
      AI_FALLBACK_API_KEY: 'or-1',
    });
    expect(fallback).toMatchObject({
      name: 'openrouter (platform fallback)',
      model: 'gpt-4o-mini',
      imageModel: null,
    });
  });
});
