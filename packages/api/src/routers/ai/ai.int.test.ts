import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runAiGeneration } from '@storeloom/core';
import { startOpenAiFake, type OpenAiFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();
let fake: OpenAiFake;

beforeAll(async () => {
  fake = await startOpenAiFake({ apiKey: 'sk-alpha-store-key-4321' });
});

afterAll(() => fake.close());

const as = (role: 'owner' | 'admin' | 'staff' | 'viewer') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture.storeA.members[role], setup.fixture.storeA.tenantId),
  });

const generationCount = () =>
  setup.database.forTenant(setup.fixture.storeA.tenantId).aiGeneration.count();

const seoRequest = (idempotencyKey: string) => ({
  kind: 'product_seo' as const,
  input: { title: 'Linen Apron', keywords: ['apron'] },
  targetType: 'product' as const,
  targetId: setup.fixture.storeA.ids.productId,
  idempotencyKey,
});

describe('ai procedures', () => {
  it('keeps settings to admins and the key write-only', async () => {
    await expect(
      as('staff').ai.settings.update({ apiKey: 'sk-nope-nope-nope' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const saved = await as('admin').ai.settings.update({
      baseUrl: fake.url,
      model: 'gpt-4o-mini',
      apiKey: 'sk-alpha-store-key-4321',
    });
    expect(saved).toMatchObject({ source: 'store', apiKey: { hint: '••••4321' } });
    const read = await as('owner').ai.settings.get();
    expect(read).toMatchObject({ source: 'store', baseUrl: fake.url });
    expect(JSON.stringify(read)).not.toContain('sk-alpha');
  });

  it('queues a generation once per key, and lists and reads it', async () => {
    const before = await generationCount();
    const queued = await as('staff').ai.generations.request(seoRequest('api-request-0001'));
    const again = await as('staff').ai.generations.request(seoRequest('api-request-0001'));
    expect(again.id).toBe(queued.id);
    expect(queued).toMatchObject({ status: 'queued', kind: 'product_seo' });
    expect(await generationCount()).toBe(before + 1);
    const read = await as('staff').ai.generations.get({ generationId: queued.id });
    expect(read.id).toBe(queued.id);
    const list = await as('staff').ai.generations.list({
      targetType: 'product',
      targetId: setup.fixture.storeA.ids.productId,
      kind: 'product_seo',
    });
    expect(list.items.map((item) => item.id)).toEqual([queued.id]);
    await expect(
      as('viewer').ai.generations.request(seoRequest('api-request-0002')),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('answers a bad request, and nothing is queued', async () => {
    const before = await generationCount();
    await expect(
      as('staff').ai.generations.request({
        ...seoRequest('api-request-0003'),
        kind: 'page_content',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/page copy/) as string,
    });
    await expect(
      as('staff').ai.generations.request({
        ...seoRequest('api-request-0004'),
        input: { title: 'x'.repeat(201) },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await generationCount()).toBe(before);
  });

  it('answers PRECONDITION_FAILED with a message when AI is off', async () => {
    await as('owner').ai.settings.update({ enabled: false });
    const before = await generationCount();
    await expect(
      as('staff').ai.generations.request(seoRequest('api-request-0005')),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(/AI is turned off/) as string,
    });
    expect(await generationCount()).toBe(before);
    await as('owner').ai.settings.update({ enabled: true });
  });

  it('limits generation requests per member', async () => {
    const admin = as('admin');
    let limited: unknown = null;
    for (let index = 0; index < 61 && !limited; index += 1) {
      limited = await admin.ai.generations
        .request(seoRequest(`api-limit-${String(index).padStart(4, '0')}`))
        .then(
          () => null,
          (error: unknown) => error,
        );
    }
    expect(limited).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/Too many attempts/) as string,
    });
  });

  it('shows the finished generation to the polling UI, and its cost in the month usage', async () => {
    const { storeA } = setup.fixture;
    const queued = await as('owner').ai.generations.request(seoRequest('api-usage-0001'));
    fake.controls.answerNext(
      JSON.stringify({ title: 'Linen Apron', metaDescription: 'A washed linen apron.' }),
    );
    // What the workflow engine does for `ai.generation.requested`.
    await runAiGeneration({
      db: setup.database.forTenant(storeA.tenantId),
      tenantId: storeA.tenantId,
      generationId: queued.id,
      platform: [],
    });
    const done = await as('staff').ai.generations.get({ generationId: queued.id });
    expect(done).toMatchObject({
      status: 'succeeded',
      output: { title: 'Linen Apron', metaDescription: 'A washed linen apron.' },
    });
    const now = done.completedAt ?? new Date();
    const usage = await as('owner').ai.usage({
      year: now.getUTCFullYear(),
      month: now.getUTCMonth() + 1,
    });
    expect(usage.generations).toBe(1);
    expect(usage.promptTokens).toBe(done.promptTokens);
    expect(usage.costMicros).toBe(done.costMicros);
    expect(usage.costMicros).toBeGreaterThan(0);
    await expect(as('staff').ai.usage({ year: 2026, month: 1 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
