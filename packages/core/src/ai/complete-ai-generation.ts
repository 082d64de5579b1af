import type { TenantClient } from '@storeloom/db';

import { emitDomainEvent } from '../events/emit-domain-event.ts';
import type { AiGenerationView } from './ai-generation-view.ts';
import { readAiGeneration } from './claim-ai-generation.ts';
import type { AiGenerationOutcome } from './generate-ai-output.ts';

export const UNEXPECTED_AI_FAILURE = 'The generation failed unexpectedly. Try again.';

/**
 * Records a claimed generation's outcome: succeeded with its output and metered usage (tokens,
 * cost, and the media asset of an image), or failed with its message, and emits
 * `ai.generation.completed`. Only the run that claimed the row (`startedAt`) may finish it, and
 * only once: the update is conditional on the row still running under that claim, so recording
 * again (a retried step) neither meters nor emits twice. Returns the generation as it is now.
 */
export async function completeAiGeneration({
  db,
  tenantId,
  generationId,
  startedAt,
  outcome,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  generationId: string;
  startedAt: Date;
  outcome: AiGenerationOutcome;
  now?: Date;
}): Promise<AiGenerationView> {
  await db.$transaction(async (tx) => {
    const updated = await tx.aiGeneration.updateMany({
      where: { id: generationId, status: 'running', startedAt },
      data:
        outcome.status === 'failed'
          ? { status: 'failed', error: outcome.error, completedAt: now }
          : {
              status: 'succeeded',
              output: outcome.output,
              provider: outcome.provider,
              model: outcome.model,
              promptTokens: outcome.promptTokens,
              completionTokens: outcome.completionTokens,
              costMicros: outcome.costMicros,
              completedAt: now,
            },
    });
    if (updated.count === 0) return;
    if (outcome.status === 'succeeded' && outcome.media) {
      const asset = {
        tenantId,
        kind: 'image' as const,
        ...outcome.media,
        isAiGenerated: true,
        aiGenerationId: generationId,
      };
      await tx.mediaAsset.upsert({
        where: { tenantId_storageKey: { tenantId, storageKey: asset.storageKey } },
        create: asset,
        update: asset,
      });
    }
    await emitDomainEvent(tx, tenantId, 'ai.generation.completed', {
      generationId,
      status: outcome.status,
    });
  });
  return readAiGeneration(db, generationId);
}
