import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { AiProviderConfig } from '@storeloom/ai';
import { unscoped } from '@storeloom/db/unscoped';
import { startOpenAiFake, TINY_PNG_BASE64, type OpenAiFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import type { Actor } from '../audit/actor.ts';
import { parseEncryptionKeys } from '../credentials/encryption-keys.ts';
import { createLocalMediaStore } from '../media/local-media-store.ts';
import { consumeRateLimit } from '../rate-limit/consume-rate-limit.ts';
import { aiUsageForPeriod } from './ai-usage-for-period.ts';
import { getAiGeneration } from './get-ai-generation.ts';
import { getAiSettings } from './get-ai-settings.ts';
import { queueAiGeneration } from './queue-ai-generation.ts';
import { runAiGeneration } from './run-ai-generation.ts';
import { updateAiSettings } from './update-ai-settings.ts';

const setup = useTwoStoreDatabase();
const keys = parseEncryptionKeys(`test:${Buffer.alloc(32, 7).toString('base64')}`);
let platformFake: OpenAiFake;
let storeFake: OpenAiFake;
let mediaDir: string;

beforeAll(async () => {
  [platformFake, storeFake] = await Promise.all([
    startOpenAiFake(),
    startOpenAiFake({ apiKey: 'sk-store-own-key-9876' }),
  ]);
  mediaDir = await mkdtemp(join(tmpdir(), 'storeloom-ai-media-'));
});

afterAll(async () => {
  await Promise.all([platformFake.close(), storeFake.close(), rm(mediaDir, { recursive: true })]);
});

beforeEach(() => {
  for (const fake of [platformFake, storeFake]) {
    fake.controls.reset();
    fake.requests.length = 0;
  }
});

const platform = (): AiProviderConfig[] => [
  {
    name: 'fake (platform)',
    baseUrl: platformFake.url,
    apiKey: 'test-openai-key',
    model: 'gpt-4o-mini',
    imageModel: 'gpt-image-1',
    maxRetries: 0,
    timeoutMs: 2_000,
  },
];

const storeA = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(storeA().tenantId);
const actor = (): Actor => ({ type: 'user', id: storeA().members.owner.userId });
const rateLimit = (rule: Parameters<typeof consumeRateLimit>[1]) =>
  consumeRateLimit(unscoped(setup.database), rule);

const description = {
  title: 'Linen Apron',
  attributes: [{ name: 'Material', value: 'Washed linen' }],
};
const answer = JSON.stringify({ paragraphs: ['A soft apron of washed linen.'] });

let keyCounter = 0;
const queue = (overrides: Partial<Parameters<typeof queueAiGeneration>[0]> = {}) =>
  queueAiGeneration({
    db: db(),
    tenantId: storeA().tenantId,
    actor: actor(),
    kind: 'product_description',
    input: description,
    idempotencyKey: `test-key-${(keyCounter += 1)}`,
    rateLimit,
    keys,
    platform: platform(),
    ...overrides,
  });

const run = (
  generationId: string,
  overrides: Partial<Parameters<typeof runAiGeneration>[0]> = {},
) =>
  runAiGeneration({
    db: db(),
    tenantId: storeA().tenantId,
    generationId,
    keys,
    platform: platform(),
    mediaStore: createLocalMediaStore({ rootDir: mediaDir }),
    ...overrides,
  });

const rowCounts = async () => ({
  generations: await db().aiGeneration.count(),
  events: await db().domainEvent.count({ where: { type: 'ai.generation.requested' } }),
});

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('queueAiGeneration', () => {
  it('refuses with a typed "not configured" error and queues nothing without a provider', async () => {
    const before = await rowCounts();
    const error = await failure(queue({ platform: [] }));
    expect(error).toMatchObject({
      name: 'DomainError',
      code: 'PRECONDITION_FAILED',
      details: { reason: 'ai_not_configured' },
    });
    expect((error as Error).message).toMatch(/AI is not configured/);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses input that does not fit the kind, and a target of another store', async () => {
    const before = await rowCounts();
    await expect(
      queue({ kind: 'image', input: { ...description, tone: 'luxury' } }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/does not fit a request for a product image/) as string,
    });
    await expect(
      queue({ targetType: 'product', targetId: setup.fixture.storeB.ids.productId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await rowCounts()).toEqual(before);
  });

  it('queues one row and one event per idempotency key', async () => {
    const before = await rowCounts();
    const first = await queue({
      idempotencyKey: 'same-key-123',
      targetType: 'product',
      targetId: storeA().ids.productId,
    });
    const again = await queue({
      idempotencyKey: 'same-key-123',
      targetType: 'product',
      targetId: storeA().ids.productId,
    });
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ status: 'queued', kind: 'product_description' });
    expect(await rowCounts()).toEqual({
      generations: before.generations + 1,
      events: before.events + 1,
    });
    const event = await db().domainEvent.findFirst({
      where: { type: 'ai.generation.requested' },
      orderBy: { occurredAt: 'desc' },
    });
    expect(event?.payload).toEqual({ generationId: first.id });
  });
});

describe('runAiGeneration', () => {
  it('stores the parsed output with tokens, cost, provider and model, once', async () => {
    platformFake.controls.answerNext(answer);
    const queued = await queue();
    const done = await run(queued.id);
    expect(done).toMatchObject({
      status: 'succeeded',
      provider: 'fake (platform)',
      model: 'gpt-4o-mini',
      error: null,
      output: {
        paragraphs: ['A soft apron of washed linen.'],
        html: '<p>A soft apron of washed linen.</p>',
      },
    });
    expect(done.promptTokens).toBeGreaterThan(0);
    expect(done.completionTokens).toBeGreaterThan(0);
    expect(done.costMicros).toBe(
      Math.ceil((done.promptTokens * 150_000 + done.completionTokens * 600_000) / 1e6),
    );
    expect(done.completedAt).toBeInstanceOf(Date);

    const again = await run(queued.id);
    expect(again).toEqual(done);
    expect(platformFake.requests).toHaveLength(1);
    expect(
      await db().domainEvent.count({
        where: {
          type: 'ai.generation.completed',
          payload: { equals: { generationId: queued.id, status: 'succeeded' } },
        },
      }),
    ).toBe(1);
  });

  it('ends as failed with the provider message when the provider errors', async () => {
    platformFake.controls.failNext(1, 500);
    const queued = await queue();
    const done = await run(queued.id);
    expect(done).toMatchObject({ status: 'failed', output: null, costMicros: 0 });
    expect(done.error).toMatch(/unavailable \(HTTP 500\)/);
  });

  it('ends as failed without storing garbage', async () => {
    platformFake.controls.answerNext('I cannot produce JSON today');
    const done = await run((await queue()).id);
    expect(done).toMatchObject({ status: 'failed', output: null });
    expect(done.error).toMatch(/not JSON/);
  });

  it('ends as failed when the configuration vanished after queuing', async () => {
    const queued = await queue();
    const done = await run(queued.id, { platform: [] });
    expect(done).toMatchObject({ status: 'failed' });
    expect(done.error).toMatch(/AI is not configured/);
    expect(platformFake.requests).toHaveLength(0);
  });

  it('stores a generated image as a media asset linked to the generation', async () => {
    const queued = await queue({ kind: 'image', input: { title: 'Linen Apron', style: 'studio' } });
    const done = await run(queued.id);
    expect(done.status).toBe('succeeded');
    const asset = await db().mediaAsset.findFirst({ where: { aiGenerationId: queued.id } });
    expect(asset).toMatchObject({
      storageKey: `${storeA().slug}/ai-${queued.id}.png`,
      url: `/media/${storeA().slug}/ai-${queued.id}.png`,
      mimeType: 'image/png',
      width: 1,
      height: 1,
      isAiGenerated: true,
      altText: 'Linen Apron',
    });
    expect(done.mediaAssets.map((m) => m.id)).toEqual([asset?.id]);
    expect(done.costMicros).toBe(42_000);
    const file = join(mediaDir, storeA().slug, `ai-${queued.id}.png`);
    expect(existsSync(file)).toBe(true);
    expect((await readFile(file)).equals(Buffer.from(TINY_PNG_BASE64, 'base64'))).toBe(true);
  });

  it("does not run another store's generation", async () => {
    const queued = await queue();
    const storeB = setup.fixture.storeB;
    await expect(
      runAiGeneration({
        db: setup.database.forTenant(storeB.tenantId),
        tenantId: storeB.tenantId,
        generationId: queued.id,
        keys,
        platform: platform(),
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      getAiGeneration({ db: setup.database.forTenant(storeB.tenantId), generationId: queued.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getAiGeneration({ db: db(), generationId: queued.id })).status).toBe('queued');
  });
});

describe('AI settings', () => {
  it('masks the store key, and the store override beats the platform default', async () => {
    const settings = await updateAiSettings({
      db: db(),
      tenantId: storeA().tenantId,
      actor: actor(),
      keys,
      platform: platform(),
      baseUrl: storeFake.url,
      model: 'gpt-4.1-mini',
      apiKey: 'sk-store-own-key-9876',
    });
    expect(settings).toMatchObject({
      source: 'store',
      platformConfigured: true,
      model: 'gpt-4.1-mini',
      apiKey: { hint: '••••9876' },
    });
    expect(JSON.stringify(settings)).not.toContain('sk-store-own-key');
    const audit = await db().auditLog.findMany({
      where: { action: { in: ['ai.settings.updated', 'credential.saved'] } },
    });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('sk-store-own-key');

    storeFake.controls.answerNext(answer);
    const done = await run((await queue()).id);
    expect(done).toMatchObject({ status: 'succeeded', model: 'gpt-4.1-mini' });
    expect(done.provider).toMatch(/\(store\)$/);
    expect(storeFake.requests).toHaveLength(1);
    expect(platformFake.requests).toHaveLength(0);

    // The platform default stays the fallback: the store's provider failing falls through.
    storeFake.controls.failNext(2, 503);
    platformFake.controls.answerNext(answer);
    const fallback = await run((await queue()).id);
    expect(fallback).toMatchObject({ status: 'succeeded', provider: 'fake (platform)' });

    const turnedOff = await updateAiSettings({
      db: db(),
      tenantId: storeA().tenantId,
      actor: actor(),
      keys,
      platform: platform(),
      enabled: false,
      apiKey: null,
    });
    expect(turnedOff).toMatchObject({ source: 'none', enabled: false, apiKey: null });
    await expect(queue()).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      details: { reason: 'ai_disabled' },
    });
    await updateAiSettings({
      db: db(),
      tenantId: storeA().tenantId,
      actor: actor(),
      keys,
      enabled: true,
      baseUrl: null,
    });
    expect(
      await getAiSettings({ db: db(), tenantId: storeA().tenantId, platform: platform() }),
    ).toMatchObject({
      source: 'platform',
    });
    expect(
      await getAiSettings({ db: db(), tenantId: storeA().tenantId, platform: [] }),
    ).toMatchObject({
      source: 'none',
    });
  });
});

describe('AI settings in production', () => {
  it('refuses a private base URL and changes nothing', async () => {
    const before = await getAiSettings({ db: db(), tenantId: storeA().tenantId, platform: [] });
    await expect(
      updateAiSettings({
        db: db(),
        tenantId: storeA().tenantId,
        actor: actor(),
        keys,
        allowPrivateBaseUrl: false,
        baseUrl: 'https://169.254.169.254/latest',
        apiKey: 'sk-should-not-be-saved',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await getAiSettings({ db: db(), tenantId: storeA().tenantId, platform: [] })).toEqual(
      before,
    );
  });
});

describe('aiUsageForPeriod', () => {
  it('sums tokens and cost per calendar month', async () => {
    const storeB = setup.fixture.storeB;
    const dbB = setup.database.forTenant(storeB.tenantId);
    const row = (completedAt: Date, tokens: number, kind: 'product_seo' | 'image') => ({
      tenantId: storeB.tenantId,
      kind,
      status: 'succeeded' as const,
      prompt: 'p',
      idempotencyKey: `usage-${completedAt.toISOString()}-${tokens}`,
      promptTokens: tokens,
      completionTokens: tokens * 2,
      costMicros: tokens * 10,
      completedAt,
    });
    await dbB.aiGeneration.createMany({
      data: [
        row(new Date('2026-10-01T00:00:00Z'), 100, 'product_seo'),
        row(new Date('2026-10-31T23:59:59Z'), 50, 'image'),
        row(new Date('2026-11-01T00:00:00Z'), 7, 'product_seo'),
      ],
    });
    const october = await aiUsageForPeriod({ db: dbB, year: 2026, month: 10 });
    expect(october).toMatchObject({
      generations: 2,
      promptTokens: 150,
      completionTokens: 300,
      costMicros: 1_500,
      byKind: [
        { kind: 'product_seo', generations: 1, promptTokens: 100, costMicros: 1_000 },
        { kind: 'image', generations: 1, promptTokens: 50, costMicros: 500 },
      ],
    });
    expect(await aiUsageForPeriod({ db: dbB, year: 2026, month: 11 })).toMatchObject({
      generations: 1,
      promptTokens: 7,
    });
    expect((await aiUsageForPeriod({ db: dbB, year: 2026, month: 9 })).generations).toBe(0);
  });
});
