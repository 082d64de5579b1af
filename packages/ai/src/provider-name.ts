const knownHosts: readonly [RegExp, string][] = [
  [/(^|\.)openai\.com$/, 'openai'],
  [/(^|\.)openrouter\.ai$/, 'openrouter'],
  [/(^|\.)deepseek\.com$/, 'deepseek'],
  [/(^|\.)googleapis\.com$/, 'gemini'],
];

/** A short, key-free name for an endpoint, for error messages and the generation record. */
export function providerNameFor(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return 'ai-provider';
  }
  const known = knownHosts.find(([pattern]) => pattern.test(url.hostname));
  if (known) return known[1];
  if (url.port === '11434') return 'ollama';
  return url.host;
}
