import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';

import { AiError } from './ai-error.ts';

const refusalCodes = new Set(['content_policy_violation', 'moderation_blocked', 'content_filter']);

/** The provider's own explanation, cut short: it is shown to merchants and stored. */
function providerMessage(body: unknown): string {
  const text =
    typeof body === 'object' &&
    body !== null &&
    'message' in body &&
    typeof body.message === 'string'
      ? body.message
      : '';
  const clean = text.replace(/\s+/g, ' ').trim().slice(0, 300);
  return clean ? `: ${clean}` : '.';
}

/**
 * Turns an OpenAI SDK failure into an AiError. Anything that is not an SDK error (a bug in our
 * code) is returned unchanged, so it surfaces as one.
 */
export function mapOpenAiError(error: unknown, provider: string): unknown {
  if (error instanceof APIConnectionTimeoutError) {
    return new AiError(
      'timeout',
      `The AI provider ${provider} did not answer in time.`,
      provider,
      true,
    );
  }
  if (error instanceof APIConnectionError) {
    return new AiError(
      'provider_error',
      `The AI provider ${provider} could not be reached.`,
      provider,
      true,
    );
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return new AiError(
      'authentication_failed',
      `The AI provider ${provider} rejected the API key. Check the key in Settings › AI.`,
      provider,
    );
  }
  if (error instanceof RateLimitError) {
    return new AiError(
      'provider_error',
      `The AI provider ${provider} is rate limiting requests. Try again shortly.`,
      provider,
      true,
    );
  }
  if (error instanceof APIError) {
    const status: number = typeof error.status === 'number' ? error.status : 0;
    const body: unknown = error.error;
    if (status >= 500) {
      return new AiError(
        'provider_error',
        `The AI provider ${provider} is unavailable (HTTP ${status}).`,
        provider,
        true,
      );
    }
    if (typeof error.code === 'string' && refusalCodes.has(error.code)) {
      return new AiError(
        'content_refused',
        `The AI provider ${provider} declined this request${providerMessage(body)}`,
        provider,
      );
    }
    return new AiError(
      'provider_error',
      `The AI provider ${provider} refused the request (HTTP ${status})${providerMessage(body)}`,
      provider,
    );
  }
  return error;
}
