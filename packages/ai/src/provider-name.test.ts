import { describe, expect, it } from 'vitest';

import { providerNameFor } from './provider-name.ts';

describe('providerNameFor', () => {
  it('names the known endpoints and falls back to the host', () => {
    expect(providerNameFor('https://api.openai.com/v1')).toBe('openai');
    expect(providerNameFor('https://openrouter.ai/api/v1')).toBe('openrouter');
    expect(providerNameFor('https://api.deepseek.com/v1')).toBe('deepseek');
    expect(providerNameFor('https://generativelanguage.googleapis.com/v1beta/openai/')).toBe(
      'gemini',
    );
    expect(providerNameFor('http://localhost:11434/v1')).toBe('ollama');
    expect(providerNameFor('https://llm.example.com:8443/v1')).toBe('llm.example.com:8443');
  });
});
