import {
  createAiClient,
  type AiProvider,
  type AiProviderConfig,
  type PriceTable,
} from '@storeloom/ai';
import type { TenantClient } from '@storeloom/db';

import { readEncryptionKeyRing, type EncryptionKeyRing } from '../credentials/encryption-keys.ts';
import { getLocalMediaStore, type LocalMediaStore } from '../media/local-media-store.ts';
import type { AiGenerationView } from './ai-generation-view.ts';
import { claimAiGeneration } from './claim-ai-generation.ts';
import { completeAiGeneration, UNEXPECTED_AI_FAILURE } from './complete-ai-generation.ts';
import { type AiGenerationOutcome, generateAiOutput } from './generate-ai-output.ts';
import { platformAiConfig } from './platform-ai-config.ts';

/**
 * Runs one queued generation from start to end: claim it, call the provider, record the outcome.
 * The workflow runs the same three phases as separate steps (so a retried step never calls the
 * provider or meters twice); this is the one-call form. Idempotent: a finished generation is
 * returned as it is, and a claimed one cannot be run by another caller. A provider failure, or
 * configuration that vanished since queuing, ends the row as failed with a message the UI shows;
 * output is stored only when it parsed. Anything else (a bug) marks the row failed and is thrown.
 */
export async function runAiGeneration({
  db,
  tenantId,
  generationId,
  keys = readEncryptionKeyRing(),
  platform = platformAiConfig(),
  clientFactory = createAiClient,
  prices,
  mediaStore = getLocalMediaStore(),
  now = () => new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  generationId: string;
  keys?: EncryptionKeyRing;
  platform?: readonly AiProviderConfig[];
  clientFactory?: (configs: readonly AiProviderConfig[]) => AiProvider;
  /** Price overrides laid over the default table (see @storeloom/ai `priceTable`). */
  prices?: PriceTable;
  mediaStore?: LocalMediaStore;
  now?: () => Date;
}): Promise<AiGenerationView> {
  const claim = await claimAiGeneration({ db, generationId, now: now() });
  if (!claim.claimed) return claim.generation;
  const complete = (outcome: AiGenerationOutcome) =>
    completeAiGeneration({
      db,
      tenantId,
      generationId,
      startedAt: claim.startedAt,
      outcome,
      now: now(),
    });

  let outcome: AiGenerationOutcome;
  try {
    outcome = await generateAiOutput({
      db,
      tenantId,
      generationId,
      keys,
      platform,
      clientFactory,
      prices,
      mediaStore,
    });
  } catch (error) {
    await complete({ status: 'failed', error: UNEXPECTED_AI_FAILURE });
    throw error;
  }
  return complete(outcome);
}
