import { claimAiGeneration, isDomainError } from '@storeloom/core';
import type { TenantClient } from '@storeloom/db';
import { RetryAfterError } from 'inngest';

export type GenerationClaimStep =
  { claimed: true; startedAt: string } | { claimed: false; status: string };

function retryAtOf(details: Record<string, unknown> | undefined): Date | null {
  const value = details?.retryAt;
  return typeof value === 'string' ? new Date(value) : null;
}

/**
 * The claim as a step result (JSON: the claim time as an ISO string). A generation another run
 * still holds is retried when that claim would count as dead (`retryAt`), rather than failed:
 * a run that died mid-call leaves its claim behind, and this run takes over after it.
 */
export async function claimGenerationStep({
  db,
  generationId,
  now,
}: {
  db: TenantClient;
  generationId: string;
  now: Date;
}): Promise<GenerationClaimStep> {
  try {
    const claim = await claimAiGeneration({ db, generationId, now });
    return claim.claimed
      ? { claimed: true, startedAt: claim.startedAt.toISOString() }
      : { claimed: false, status: claim.generation.status };
  } catch (error) {
    const retryAt = isDomainError(error) && error.code === 'CONFLICT' && retryAtOf(error.details);
    if (retryAt) throw new RetryAfterError(error.message, retryAt, { cause: error });
    throw error;
  }
}
