import { aiNotConfiguredMessage } from '@storeloom/ai';

import { DomainError } from '../errors/domain-error.ts';
import type { ResolvedAiProviders } from './resolve-ai-providers.ts';

export const aiDisabledMessage = 'AI is turned off for this store. Turn it on in Settings › AI.';
export const imageNotConfiguredMessage =
  'Image generation is not configured: set an image model in Settings › AI.';

/** Why a store cannot generate `kind` right now, or null when it can. */
export function aiUnavailableReason(
  resolved: ResolvedAiProviders,
  kind: string,
): { reason: 'ai_disabled' | 'ai_not_configured'; message: string } | null {
  if (!resolved.enabled) return { reason: 'ai_disabled', message: aiDisabledMessage };
  if (resolved.configs.length === 0) {
    return { reason: 'ai_not_configured', message: aiNotConfiguredMessage };
  }
  if (kind === 'image' && !resolved.configs.some((config) => config.imageModel)) {
    return { reason: 'ai_not_configured', message: imageNotConfiguredMessage };
  }
  return null;
}

/** The typed error the UI shows instead of a result: PRECONDITION_FAILED with a reason. */
export function assertAiAvailable(resolved: ResolvedAiProviders, kind: string): void {
  const unavailable = aiUnavailableReason(resolved, kind);
  if (unavailable) {
    throw new DomainError('PRECONDITION_FAILED', unavailable.message, {
      reason: unavailable.reason,
    });
  }
}
