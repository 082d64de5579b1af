/**
 * Why an AI call failed, in terms a merchant can act on. The core stores the message on the failed
 * generation and maps the code to a DomainError; messages never contain a key.
 */
export const aiErrorCodes = [
  /** No provider is configured for the store or the platform. */
  'not_configured',
  /** The provider rejected the API key (401/403): the settings must be fixed. */
  'authentication_failed',
  /** The provider did not answer within the configured time, after its retries. */
  'timeout',
  /** 5xx, 429, connection failures and requests the provider refused (400, unknown model). */
  'provider_error',
  /** The provider answered with something that does not fit the expected shape. */
  'invalid_output',
  /** The provider declined the request on content grounds. */
  'content_refused',
] as const;

export type AiErrorCode = (typeof aiErrorCodes)[number];

export class AiError extends Error {
  constructor(
    readonly code: AiErrorCode,
    message: string,
    /** The provider that failed, when one was reached. */
    readonly provider?: string,
    /** True when the next provider of a fallback chain may succeed (timeouts, 5xx, 429, network). */
    readonly transient = false,
  ) {
    super(message);
    this.name = 'AiError';
  }
}

/** Recognised by shape, so copies of this module in separate Next.js bundles agree. */
export function isAiError(error: unknown): error is AiError {
  return (
    error instanceof Error &&
    error.name === 'AiError' &&
    'code' in error &&
    (aiErrorCodes as readonly unknown[]).includes(error.code)
  );
}

export const aiNotConfiguredMessage =
  'AI is not configured. Add an AI provider in Settings › AI, or ask the platform operator to set one up.';
