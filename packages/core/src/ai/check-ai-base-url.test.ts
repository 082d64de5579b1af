import { describe, expect, it } from 'vitest';

import { checkAiBaseUrl } from './check-ai-base-url.ts';

const strict = { allowPrivate: false };

describe('checkAiBaseUrl', () => {
  it('accepts public https endpoints', () => {
    for (const url of ['https://api.openai.com/v1', 'https://openrouter.ai/api/v1']) {
      expect(() => checkAiBaseUrl(url, strict)).not.toThrow();
    }
  });

  it('refuses plain http and local or private hosts in production', () => {
    expect(() => checkAiBaseUrl('http://api.openai.com/v1', strict)).toThrow(/must use https/);
    for (const url of [
      'https://localhost:11434/v1',
      'https://127.0.0.1/v1',
      'https://10.1.2.3/v1',
      'https://172.20.0.1/v1',
      'https://192.168.1.10/v1',
      'https://169.254.169.254/latest',
      'https://[::1]/v1',
      'https://[fd00::1]/v1',
      'https://metadata.google.internal/v1',
    ]) {
      expect(() => checkAiBaseUrl(url, strict), url).toThrow(/public address/);
    }
  });

  it('allows anything outside production (local Ollama, test fakes)', () => {
    expect(() => checkAiBaseUrl('http://127.0.0.1:11434/v1', { allowPrivate: true })).not.toThrow();
  });
});
