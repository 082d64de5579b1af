import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDatabase, type Database } from '@storeloom/db';
import { createTestDatabase, type TestDatabase } from '@storeloom/db/testing';
import { createTwoStoreFixture, type TwoStoreFixture } from '@storeloom/testing';

import { callerFor, sessionFor } from '../testing/callers.ts';
import { installStorefrontReadCache } from './storefront-read-cache.ts';

let testDb: TestDatabase;
let database: Database;
let fixture: TwoStoreFixture;

beforeAll(async () => {
  testDb = await createTestDatabase();
  database = createDatabase({ url: testDb.appUrl });
  fixture = await createTwoStoreFixture(database);
  installStorefrontReadCache(database, { enabled: true });
  // The feed connects on the cache's subscription; nothing is cached until it is live.
  await new Promise<void>((resolve) => {
    const stop = database.changes.subscribe((change) => {
      if (change.kind !== 'reset') return;
      stop();
      resolve();
    });
  });
});

afterAll(async () => {
  await database.disconnect();
  await testDb.drop();
});

const shopperOf = (store: 'storeA' | 'storeB') =>
  callerFor(database, { app: 'storefront', host: fixture[store].host });
const ownerOf = (store: 'storeA' | 'storeB') =>
  callerFor(database, {
    session: sessionFor(fixture[store].members.owner, fixture[store].tenantId),
  });
const titleOnShelf = async (store: 'storeA' | 'storeB') =>
  (await shopperOf(store).storefront.catalog.search({ sort: 'newest', limit: 24 })).items[0]?.title;

/**
 * Writes straight to the table with triggers off (a superuser session in replica mode), so no
 * change notice goes out: what the storefront shows afterwards can only come from the cache.
 */
async function asAdmin(statements: [string, unknown[]][]) {
  const client = new pg.Client({ connectionString: testDb.adminUrl });
  await client.connect();
  try {
    for (const [sql, values] of statements) await client.query(sql, values);
  } finally {
    await client.end();
  }
}

const renameSilently = (productId: string, title: string) =>
  asAdmin([
    ['SET session_replication_role = replica', []],
    ['UPDATE "Product" SET title = $1 WHERE id = $2', [title, productId]],
  ]);

describe('storefront read cache', () => {
  it('serves repeated catalog reads from memory', async () => {
    const before = await titleOnShelf('storeA');
    expect(before).toBeDefined();
    await renameSilently(fixture.storeA.ids.productId, 'Renamed without notice');
    expect(await titleOnShelf('storeA')).toBe(before);
  });

  it("drops a store's entries when its catalog changes, and only that store's", async () => {
    const storeBTitle = await titleOnShelf('storeB');
    await renameSilently(fixture.storeB.ids.productId, 'Store B renamed without notice');

    await ownerOf('storeA').products.update({
      productId: fixture.storeA.ids.productId,
      title: 'Linen apron',
    });
    await expect.poll(() => titleOnShelf('storeA')).toBe('Linen apron');
    expect(await titleOnShelf('storeB')).toBe(storeBTitle);
  });

  it('forgets host lookups when a store changes', async () => {
    expect((await shopperOf('storeA').storefront.store.current()).name).not.toBe('Renamed Store A');
    await asAdmin([
      ['UPDATE "Tenant" SET name = $1 WHERE id = $2', ['Renamed Store A', fixture.storeA.tenantId]],
    ]);
    await expect
      .poll(async () => (await shopperOf('storeA').storefront.store.current()).name)
      .toBe('Renamed Store A');
  });

  it('never caches while the change feed is down', async () => {
    await database.changes.close();
    await renameSilently(fixture.storeA.ids.productId, 'Seen without the feed');
    expect(await titleOnShelf('storeA')).toBe('Seen without the feed');
  });
});
