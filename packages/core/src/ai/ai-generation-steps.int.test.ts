import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AiProviderConfig } from '@storeloom/ai';
import { unscoped } from '@storeloom/db/unscoped';
import { startOpenAiFake, type OpenAiFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { parseEncryptionKeys } from '../credentials/encryption-keys.ts';
import { createLocalMediaStore } from '../media/local-media-store.ts';
import { consumeRateLimit } from '../rate-limit/consume-rate-limit.ts';
import { claimAiGeneration, STALE_AI_RUN_MS } from './claim-ai-generation.ts';
import { completeAiGeneration } from './complete-ai-generation.ts';
import { aiGenerationOutcomeSchema, generateAiOutput } from './generate-ai-output.ts';
import { queueAiGeneration } from './queue-ai-generation.ts';

const setup = useTwoStoreDatabase();
const keys = parseEncryptionKeys(`test:${Buffer.alloc(32, 7).toString('base64')}`);
let fake: OpenAiFake;

beforeAll(async () => {
  fake = await startOpenAiFake();
});
afterAll(() => fake.close());

const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const platform = (): AiProviderConfig[] => [
  {
    name: 'fake (platform)',
    baseUrl: fake.url,
    apiKey: 'test-openai-key',
    model: 'gpt-4o-mini',
    imageModel: 'gpt-image-1',
    maxRetries: 0,
    timeoutMs: 2_000,
  },
];

let counter = 0;
const queue = () =>
  queueAiGeneration({
    db: db(),
    tenantId: store().tenantId,
    actor: { type: 'user', id: store().members.owner.userId },
    kind: 'product_description',
    input: { title: 'Linen Apron' },
    idempotencyKey: `steps-${(counter += 1)}`,
    rateLimit: (rule) => consumeRateLimit(unscoped(setup.database), rule),
    keys,
    platform: platform(),
  });

const completions = (generationId: string) =>
  db().domainEvent.count({
    where: {
      type: 'ai.generation.completed',
      payload: { path: ['generationId'], equals: generationId },
    },
  });

describe('AI generation in steps', () => {
  it('records an outcome once: recording it again neither meters nor announces twice', async () => {
    const queued = await queue();
    const startedAt = new Date();
    expect(await claimAiGeneration({ db: db(), generationId: queued.id, now: startedAt })).toEqual({
      claimed: true,
      startedAt,
    });
    fake.controls.answerNext(JSON.stringify({ paragraphs: ['Soft linen.'] }));
    const outcome = await generateAiOutput({
      db: db(),
      tenantId: store().tenantId,
      generationId: queued.id,
      keys,
      platform: platform(),
      mediaStore: createLocalMediaStore({ rootDir: '/nonexistent' }),
    });
    // As a workflow step stores it and hands it to the next one.
    const stored = aiGenerationOutcomeSchema.parse(JSON.parse(JSON.stringify(outcome)));
    const record = () =>
      completeAiGeneration({
        db: db(),
        tenantId: store().tenantId,
        generationId: queued.id,
        startedAt,
        outcome: stored,
      });
    const done = await record();
    expect(done).toMatchObject({ status: 'succeeded', output: { paragraphs: ['Soft linen.'] } });
    expect(done.costMicros).toBeGreaterThan(0);
    expect(await record()).toEqual(done);
    expect(await completions(queued.id)).toBe(1);

    // Another run's claim (a different start) cannot finish it either.
    await completeAiGeneration({
      db: db(),
      tenantId: store().tenantId,
      generationId: queued.id,
      startedAt: new Date(startedAt.getTime() + 1),
      outcome: { status: 'failed', error: 'late' },
    });
    expect((await db().aiGeneration.findFirstOrThrow({ where: { id: queued.id } })).status).toBe(
      'succeeded',
    );
  });

  it('tells a second claimant when a live claim would count as dead, and lets it take over then', async () => {
    const queued = await queue();
    const first = new Date();
    await claimAiGeneration({ db: db(), generationId: queued.id, now: first });
    await expect(
      claimAiGeneration({
        db: db(),
        generationId: queued.id,
        now: new Date(first.getTime() + 1000),
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { retryAt: new Date(first.getTime() + STALE_AI_RUN_MS).toISOString() },
    });
    const later = new Date(first.getTime() + STALE_AI_RUN_MS + 1);
    expect(await claimAiGeneration({ db: db(), generationId: queued.id, now: later })).toEqual({
      claimed: true,
      startedAt: later,
    });
  });

  it('reads back only a well-formed outcome', () => {
    expect(aiGenerationOutcomeSchema.safeParse({ status: 'succeeded', output: {} }).success).toBe(
      false,
    );
    expect(aiGenerationOutcomeSchema.parse({ status: 'failed', error: 'No key' })).toEqual({
      status: 'failed',
      error: 'No key',
    });
  });
});
