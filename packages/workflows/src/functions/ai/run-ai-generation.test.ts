import { describe, expect, it } from 'vitest';

import { executeWithMockedSteps, noDependencies } from '../../testing/execute-with-mocked-steps.ts';
import { createAiGenerationFunction, AI_GENERATIONS_PER_STORE } from './run-ai-generation.ts';

const fn = createAiGenerationFunction(noDependencies, () => {
  throw new Error('This step is not mocked');
});
const requested = {
  name: 'ai/generation.requested',
  data: { tenantId: 'tenant-1', generationId: 'gen-1' },
};
const claimed = { claimed: true, startedAt: '2026-03-04T10:00:00.000Z' };

describe('ai-generation', () => {
  it('claims, calls the provider once and records the metered result', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: requested,
      steps: {
        'claim-generation': claimed,
        'call-provider': {
          status: 'succeeded',
          output: { paragraphs: ['Soft linen.'] },
          provider: 'openai (platform)',
          model: 'gpt-4o-mini',
          promptTokens: 120,
          completionTokens: 40,
          costMicros: 42,
          media: null,
        },
        'record-result': { status: 'succeeded', error: null },
      },
    });
    expect(ran).toEqual(['claim-generation', 'call-provider', 'record-result']);
    expect(result).toEqual({ generationId: 'gen-1', status: 'succeeded', error: null });
  });

  it('records a provider failure as the failed generation, with its message', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: requested,
      steps: {
        'claim-generation': claimed,
        'call-provider': { status: 'failed', error: 'openai (platform) timed out' },
        'record-result': { status: 'failed', error: 'openai (platform) timed out' },
      },
    });
    expect(ran).toEqual(['claim-generation', 'call-provider', 'record-result']);
    expect(result).toMatchObject({ status: 'failed', error: 'openai (platform) timed out' });
  });

  it('ends at once for a generation that already finished, without a provider call', async () => {
    const { result, ran } = await executeWithMockedSteps({
      fn,
      event: requested,
      steps: { 'claim-generation': { claimed: false, status: 'succeeded' } },
    });
    expect(ran).toEqual(['claim-generation']);
    expect(result).toEqual({ generationId: 'gen-1', status: 'succeeded' });
  });

  it('limits the generations running at once per store', () => {
    expect(fn.opts.concurrency).toEqual([
      { key: 'event.data.tenantId', limit: AI_GENERATIONS_PER_STORE },
    ]);
  });
});
