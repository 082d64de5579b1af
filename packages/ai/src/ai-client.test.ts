import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { startOpenAiFake, TINY_PNG_BASE64, type OpenAiFake } from '@storeloom/testing';

import { createAiClient } from './ai-client.ts';
import { isAiError, type AiError } from './ai-error.ts';
import type { AiProviderConfig } from './ai-provider.ts';

let primary: OpenAiFake;
let backup: OpenAiFake;

beforeAll(async () => {
  [primary, backup] = await Promise.all([startOpenAiFake(), startOpenAiFake()]);
});

afterAll(async () => {
  await Promise.all([primary.close(), backup.close()]);
});

beforeEach(() => {
  for (const fake of [primary, backup]) {
    fake.controls.reset();
    fake.requests.length = 0;
  }
});

const configOf = (
  fake: OpenAiFake,
  overrides: Partial<AiProviderConfig> = {},
): AiProviderConfig => ({
  baseUrl: fake.url,
  apiKey: 'test-openai-key',
  model: 'gpt-4o-mini',
  imageModel: 'gpt-image-1',
  maxRetries: 0,
  timeoutMs: 2_000,
  ...overrides,
});

const request = { system: 'Be brief.', prompt: 'Say hi', maxTokens: 50, temperature: 0 };

async function failureOf(promise: Promise<unknown>): Promise<AiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAiError(error)) throw new Error(`expected an AiError, got ${String(error)}`);
  return error;
}

describe('createAiClient', () => {
  it('answers through the real SDK with usage, model and provider', async () => {
    primary.controls.answerNext('Hello there');
    const ai = createAiClient([configOf(primary, { name: 'primary' })]);
    const result = await ai.generateText({ ...request, responseFormat: 'json' });
    expect(result).toMatchObject({
      text: 'Hello there',
      model: 'gpt-4o-mini',
      provider: 'primary',
    });
    expect(result.usage.promptTokens).toBeGreaterThan(0);
    expect(result.usage.completionTokens).toBe(3);
    expect(primary.requests[0]?.body).toMatchObject({
      model: 'gpt-4o-mini',
      max_tokens: 50,
      response_format: { type: 'json_object' },
    });
  });

  it('falls back to the next provider after a 500', async () => {
    primary.controls.failNext(1, 500);
    backup.controls.answerNext('From the backup');
    const ai = createAiClient([configOf(primary), configOf(backup, { name: 'backup' })]);
    const result = await ai.generateText(request);
    expect(result).toMatchObject({ text: 'From the backup', provider: 'backup' });
    expect([primary.requests.length, backup.requests.length]).toEqual([1, 1]);
  });

  it('falls back after a 429', async () => {
    primary.controls.failNext(1, 429);
    backup.controls.answerNext('Not rate limited');
    const ai = createAiClient([configOf(primary), configOf(backup)]);
    expect((await ai.generateText(request)).text).toBe('Not rate limited');
  });

  it('reports a timeout when every provider times out', async () => {
    primary.controls.delayNext(1, 1_000);
    backup.controls.delayNext(1, 1_000);
    const ai = createAiClient([
      configOf(primary, { timeoutMs: 100 }),
      configOf(backup, { timeoutMs: 100, name: 'backup' }),
    ]);
    const error = await failureOf(ai.generateText(request));
    expect(error).toMatchObject({ code: 'timeout', provider: 'backup' });
    expect(error.message).toMatch(/did not answer in time/);
    expect([primary.requests.length, backup.requests.length]).toEqual([1, 1]);
  });

  it('reports a rejected key as authentication_failed naming the provider, without falling back', async () => {
    const ai = createAiClient([
      configOf(primary, { apiKey: 'wrong-key', name: 'store-openai' }),
      configOf(backup),
    ]);
    const error = await failureOf(ai.generateText(request));
    expect(error.code).toBe('authentication_failed');
    expect(error.message).toMatch(/store-openai rejected the API key/);
    expect(error.message).not.toContain('wrong-key');
    expect(backup.requests).toHaveLength(0);
  });

  it('reports a 400 without falling back', async () => {
    const ai = createAiClient([configOf(primary, { model: '' }), configOf(backup)]);
    const error = await failureOf(ai.generateText(request));
    expect(error.code).toBe('provider_error');
    expect(error.message).toMatch(/HTTP 400.*must provide a model/);
    expect(backup.requests).toHaveLength(0);
  });

  it('reports a refusal as content_refused', async () => {
    primary.controls.refuseNext();
    const ai = createAiClient([configOf(primary)]);
    expect((await failureOf(ai.generateText(request))).code).toBe('content_refused');
  });

  it('returns the image bytes of a generated image', async () => {
    const ai = createAiClient([configOf(primary)]);
    const image = await ai.generateImage({ prompt: 'A mug', size: '1024x1024' });
    expect(image.bytes.equals(Buffer.from(TINY_PNG_BASE64, 'base64'))).toBe(true);
    expect(image).toMatchObject({ contentType: 'image/png', model: 'gpt-image-1' });
    expect(primary.requests[0]).toMatchObject({
      path: '/v1/images/generations',
      body: { model: 'gpt-image-1', prompt: 'A mug', size: '1024x1024' },
    });
  });

  it('refuses image bytes that are not an image', async () => {
    primary.controls.imageNext(Buffer.from('not an image').toString('base64'));
    const ai = createAiClient([configOf(primary)]);
    expect((await failureOf(ai.generateImage({ prompt: 'A mug', size: '1024x1024' }))).code).toBe(
      'invalid_output',
    );
  });

  it('skips providers without an image model, and says so when none has one', async () => {
    const ai = createAiClient([configOf(primary, { imageModel: null }), configOf(backup)]);
    await ai.generateImage({ prompt: 'A mug', size: '1024x1024' });
    expect([primary.requests.length, backup.requests.length]).toEqual([0, 1]);
    const none = createAiClient([configOf(primary, { imageModel: null })]);
    expect((await failureOf(none.generateImage({ prompt: 'A', size: '1024x1024' }))).code).toBe(
      'not_configured',
    );
  });

  it('is not_configured with no provider at all', () => {
    expect(() => createAiClient([])).toThrow(expect.objectContaining({ code: 'not_configured' }));
  });
});
