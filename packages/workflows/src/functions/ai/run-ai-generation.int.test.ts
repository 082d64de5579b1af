import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { AiProviderConfig } from '@storeloom/ai';
import {
  consumeRateLimit,
  createLocalMediaStore,
  queueAiGeneration,
  readEncryptionKeyRing,
  type LocalMediaStore,
} from '@storeloom/core';
import { unscoped } from '@storeloom/db/unscoped';
import { createOutboxTransport } from '@storeloom/email';
import { startOpenAiFake, type OpenAiFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { startLocalRunner, type LocalRunner } from '../../local-runner/start-local-runner.ts';
import { finishedRunsFor } from '../../testing/finished-runs.ts';
import type { ResolveDependencies } from '../../workflow-dependencies.ts';
import { aiGenerationFunctionId, createAiGenerationFunction } from './run-ai-generation.ts';

const ctx = useTwoStoreDatabase();
const store = () => ctx.fixture.storeA;
const tenantId = () => store().tenantId;
const db = () => ctx.database.forTenant(tenantId());
const keys = readEncryptionKeyRing({ NODE_ENV: 'test' });

let fake: OpenAiFake;
let mediaDir: string;
let mediaStore: LocalMediaStore;
let platform: () => AiProviderConfig[];

beforeAll(async () => {
  fake = await startOpenAiFake();
  mediaDir = await mkdtemp(join(tmpdir(), 'storeloom-ai-workflow-'));
  mediaStore = createLocalMediaStore({ rootDir: mediaDir });
});
afterAll(async () => {
  await fake.close();
  await rm(mediaDir, { recursive: true, force: true });
});

const fakeProvider = (): AiProviderConfig[] => [
  {
    name: 'fake (platform)',
    baseUrl: fake.url,
    apiKey: 'test-openai-key',
    model: 'gpt-4o-mini',
    imageModel: 'gpt-image-1',
    maxRetries: 0,
    timeoutMs: 500,
  },
];

beforeEach(() => {
  fake.controls.reset();
  fake.requests.length = 0;
  platform = fakeProvider;
});

const resolve: ResolveDependencies = () => ({
  database: ctx.database,
  email: createOutboxTransport(),
  payments: { keys },
  now: () => new Date(),
});

let runner: LocalRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});

const startRunner = () => {
  runner = startLocalRunner({
    functions: [
      createAiGenerationFunction(resolve, () => ({ keys, platform: platform(), mediaStore })),
    ],
    db: ctx.database,
    pollIntervalMs: 25,
    backoff: { baseDelayMs: 10, maxDelayMs: 50 },
  });
  return runner;
};

let keyCounter = 0;
const queue = () =>
  queueAiGeneration({
    db: db(),
    tenantId: tenantId(),
    actor: { type: 'user', id: store().members.owner.userId },
    kind: 'product_description',
    input: { title: 'Linen Apron', attributes: [{ name: 'Material', value: 'Washed linen' }] },
    idempotencyKey: `workflow-test-${(keyCounter += 1)}`,
    rateLimit: (rule) => consumeRateLimit(unscoped(ctx.database), rule),
    keys,
    platform: fakeProvider(),
  });

const finishedRuns = (generationId: string, count = 1) =>
  finishedRunsFor(ctx.database, {
    functionId: aiGenerationFunctionId,
    field: 'generationId',
    value: generationId,
    count,
  });

const generation = (id: string) => db().aiGeneration.findFirstOrThrow({ where: { id } });
const completions = (generationId: string) =>
  db().domainEvent.count({
    where: {
      type: 'ai.generation.completed',
      payload: { path: ['generationId'], equals: generationId },
    },
  });

/** Queues a generation, runs it through the runner and returns the finished row. */
async function generate() {
  const queued = await queue();
  startRunner();
  const [run] = await finishedRuns(queued.id);
  return { run, row: await generation(queued.id) };
}

describe('ai-generation through the local runner', () => {
  it('stores the generated copy with its usage, calls the provider once and meters once', async () => {
    fake.controls.answerNext(JSON.stringify({ paragraphs: ['A soft apron of washed linen.'] }));
    const { run, row } = await generate();
    expect(run?.status).toBe('completed');
    expect(run?.steps.map((step) => step.stepId)).toEqual([
      'claim-generation',
      'call-provider',
      'record-result',
    ]);
    expect(row).toMatchObject({
      status: 'succeeded',
      provider: 'fake (platform)',
      model: 'gpt-4o-mini',
      error: null,
      output: { paragraphs: ['A soft apron of washed linen.'] },
    });
    expect(row.promptTokens).toBeGreaterThan(0);
    expect(row.costMicros).toBe(
      Math.ceil((row.promptTokens * 150_000 + row.completionTokens * 600_000) / 1e6),
    );

    // The same request delivered again: nothing is called, metered or announced twice.
    await runner?.send([
      { name: 'ai/generation.requested', data: { tenantId: tenantId(), generationId: row.id } },
    ]);
    const [, again] = await finishedRuns(row.id, 2);
    expect(again?.result).toEqual({ generationId: row.id, status: 'succeeded' });
    expect(again?.steps.map((step) => step.stepId)).toEqual(['claim-generation']);
    expect(fake.requests).toHaveLength(1);
    expect(await generation(row.id)).toEqual(row);
    expect(await completions(row.id)).toBe(1);
  });

  it('ends as failed with the provider message when the provider errors', async () => {
    fake.controls.failNext(1, 500);
    const { run, row } = await generate();
    expect(run?.status).toBe('completed');
    expect(row).toMatchObject({ status: 'failed', output: null, costMicros: 0 });
    expect(row.error).toMatch(/unavailable \(HTTP 500\)/);
    expect(await completions(row.id)).toBe(1);
  });

  it('ends as failed when the provider does not answer in time', async () => {
    fake.controls.delayNext(1, 2_000);
    const { row } = await generate();
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/did not answer in time/);
  });

  it('ends as failed without storing garbage', async () => {
    fake.controls.answerNext('I cannot produce JSON today');
    const { row } = await generate();
    expect(row).toMatchObject({ status: 'failed', output: null });
    expect(row.error).toMatch(/not JSON/);
  });

  it('ends as failed saying AI is not configured when the provider went away after queuing', async () => {
    const queued = await queue();
    platform = () => [];
    startRunner();
    await finishedRuns(queued.id);
    const row = await generation(queued.id);
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/AI is not configured/);
    expect(fake.requests).toHaveLength(0);
  });
});
