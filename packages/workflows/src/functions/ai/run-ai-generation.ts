import {
  aiGenerationOutcomeSchema,
  completeAiGeneration,
  generateAiOutput,
  UNEXPECTED_AI_FAILURE,
  type AiGenerationOutcome,
} from '@storeloom/core';

import { inngest } from '../../client.ts';
import { aiGenerationRequestedEvent } from '../../events/index.ts';
import {
  dependenciesFor,
  processDependencies,
  type ResolveDependencies,
} from '../../workflow-dependencies.ts';
import { domainStep } from '../domain-step.ts';
import { processAiDependencies, type ResolveAiDependencies } from './ai-dependencies.ts';
import { claimGenerationStep } from './claim-generation-step.ts';

export const aiGenerationFunctionId = 'ai-generation';

/** Generations running at once per store: one store's burst cannot take every slot. */
export const AI_GENERATIONS_PER_STORE = 2;

/**
 * Runs a queued AI generation (`ai.generation.requested`) in three steps, so a retried step
 * neither calls the provider nor meters twice:
 *
 * 1. `claim-generation`: queued → running (`claimAiGeneration`). A finished generation ends the
 *    run as it is; one a live run holds is retried once that claim would count as dead.
 * 2. `call-provider`: the provider call (`generateAiOutput`), its result memoised by the engine.
 *    Provider errors, timeouts, refusals, garbage and vanished configuration come back as a
 *    failed outcome with the message the admin shows ("AI is not configured…" included).
 * 3. `record-result`: the outcome stored with tokens and cost, the media asset of an image, and
 *    `ai.generation.completed` emitted (`completeAiGeneration`: conditional on this claim, so
 *    once).
 *
 * Compensation: when step 2 or 3 fails for good, `mark-failed` ends the claimed generation as
 * failed, so the admin stops waiting for a result that will not come.
 */
export function createAiGenerationFunction(
  resolve: ResolveDependencies = processDependencies,
  resolveAi: ResolveAiDependencies = processAiDependencies,
) {
  return inngest.createFunction(
    {
      id: aiGenerationFunctionId,
      name: 'AI: run a queued generation',
      triggers: [aiGenerationRequestedEvent],
      // Inngest enforces this; the local runner ignores it (it drives a few runs at a time).
      concurrency: [{ key: 'event.data.tenantId', limit: AI_GENERATIONS_PER_STORE }],
    },
    async ({ event, step }) => {
      const { tenantId, generationId } = event.data;
      const claim = await step.run('claim-generation', () =>
        domainStep(() => {
          const { db, now } = dependenciesFor(resolve, tenantId);
          return claimGenerationStep({ db, generationId, now: now() });
        }),
      );
      if (!claim.claimed) return { generationId, status: claim.status };
      const startedAt = new Date(claim.startedAt);
      const record = (outcome: AiGenerationOutcome) => {
        const { db, now } = dependenciesFor(resolve, tenantId);
        return completeAiGeneration({ db, tenantId, generationId, startedAt, outcome, now: now() });
      };

      try {
        const called = await step.run('call-provider', () =>
          domainStep(() => {
            const { db } = dependenciesFor(resolve, tenantId);
            return generateAiOutput({ db, tenantId, generationId, ...resolveAi() });
          }),
        );
        const done = await step.run('record-result', async () => {
          const generation = await record(aiGenerationOutcomeSchema.parse(called));
          return { status: generation.status, error: generation.error };
        });
        return { generationId, ...done };
      } catch (error) {
        await step.run('mark-failed', () =>
          record({ status: 'failed', error: UNEXPECTED_AI_FAILURE }).then(() => null),
        );
        throw error;
      }
    },
  );
}

export const runQueuedAiGeneration = createAiGenerationFunction();
