import type { TenantClient } from '@storeloom/db';

import { DomainError, notFound } from '../errors/domain-error.ts';
import { aiGenerationSelect, type AiGenerationView } from './ai-generation-view.ts';

/** Longer than any provider timeout with retries: a run still "running" after this has died. */
export const STALE_AI_RUN_MS = 10 * 60 * 1000;

export type AiGenerationClaim =
  { claimed: true; startedAt: Date } | { claimed: false; generation: AiGenerationView };

export async function readAiGeneration(
  db: TenantClient,
  generationId: string,
): Promise<AiGenerationView> {
  const row = await db.aiGeneration.findFirst({
    where: { id: generationId },
    select: aiGenerationSelect,
  });
  if (!row) throw notFound('AI generation');
  return row;
}

/**
 * Takes a queued generation for one run (queued → running, a conditional update), so a
 * concurrent or repeated delivery cannot call the provider twice. A finished generation is
 * handed back unclaimed, as it is. One still running for less than STALE_AI_RUN_MS belongs to a
 * live run: CONFLICT, with `retryAt` saying when it would count as dead and could be claimed.
 */
export async function claimAiGeneration({
  db,
  generationId,
  now = new Date(),
}: {
  db: TenantClient;
  generationId: string;
  now?: Date;
}): Promise<AiGenerationClaim> {
  const row = await readAiGeneration(db, generationId);
  if (row.status !== 'queued' && row.status !== 'running') {
    return { claimed: false, generation: row };
  }
  const claimed = await db.aiGeneration.updateMany({
    where: {
      id: generationId,
      OR: [
        { status: 'queued' },
        { status: 'running', startedAt: { lt: new Date(now.getTime() - STALE_AI_RUN_MS) } },
      ],
    },
    data: { status: 'running', startedAt: now },
  });
  if (claimed.count === 1) return { claimed: true, startedAt: now };
  const current = await readAiGeneration(db, generationId);
  if (current.status === 'running') {
    const startedAt = current.startedAt ?? now;
    throw new DomainError('CONFLICT', 'This generation is already running.', {
      retryAt: new Date(startedAt.getTime() + STALE_AI_RUN_MS).toISOString(),
    });
  }
  return { claimed: false, generation: current };
}
