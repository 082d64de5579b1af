import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { aiGenerationSelect, type AiGenerationView } from './ai-generation-view.ts';

/** One generation of the store: what the UI polls until it succeeds or fails. */
export async function getAiGeneration({
  db,
  generationId,
}: {
  db: TenantClient;
  generationId: string;
}): Promise<AiGenerationView> {
  const generation = await db.aiGeneration.findFirst({
    where: { id: generationId },
    select: aiGenerationSelect,
  });
  if (!generation) throw notFound('AI generation');
  return generation;
}
