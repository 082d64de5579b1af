import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { createChangeFeed, parseStoreChange, type StoreChange } from './change-feed.ts';

/** Resolves with the first change the predicate accepts; the test's timeout bounds the wait. */
function nextChange(
  feed: ReturnType<typeof createChangeFeed>,
  accept: (change: StoreChange) => boolean,
): Promise<StoreChange> {
  return new Promise((resolve) => {
    const stop = feed.subscribe((change) => {
      if (!accept(change)) return;
      stop();
      resolve(change);
    });
  });
}

async function asAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('store change feed', () => {
  let testDb: TestDatabase;
  let feed: ReturnType<typeof createChangeFeed>;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    feed = createChangeFeed({ url: testDb.appUrl, retryDelayMs: 20 });
    await nextChange(feed, (change) => change.kind === 'reset');
  });

  afterAll(async () => {
    await feed.close();
    await testDb.drop();
  });

  it('announces committed writes to a store with its topic and id', async () => {
    const created = nextChange(feed, (change) => change.kind === 'change');
    const tenantId = await asAdmin(testDb.adminUrl, async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "Tenant" (id, slug, name, "updatedAt") VALUES ('feed_store', 'feed-store', 'Feed', now()) RETURNING id`,
      );
      return rows[0]?.id;
    });
    expect(await created).toEqual({ kind: 'change', topic: 'tenancy', tenantId });

    const categoryChange = nextChange(
      feed,
      (change) => change.kind === 'change' && change.topic === 'catalog',
    );
    await asAdmin(testDb.adminUrl, (client) =>
      client.query(
        `INSERT INTO "Category" (id, "tenantId", name, slug, path, "updatedAt") VALUES ('feed_cat', 'feed_store', 'Hats', 'hats', '/', now())`,
      ),
    );
    expect(await categoryChange).toEqual({
      kind: 'change',
      topic: 'catalog',
      tenantId: 'feed_store',
    });
  });

  it('says nothing for a rolled-back write', async () => {
    const heard: StoreChange[] = [];
    const stop = feed.subscribe((change) => heard.push(change));
    await asAdmin(testDb.adminUrl, async (client) => {
      await client.query('BEGIN');
      await client.query(`UPDATE "Tenant" SET name = 'Rolled back' WHERE id = 'feed_store'`);
      await client.query('ROLLBACK');
      // A committed write after it: once it is heard, the rolled-back one would have been too.
      await client.query(`UPDATE "Tenant" SET name = 'Committed' WHERE id = 'feed_store'`);
    });
    await expect.poll(() => heard.length).toBe(1);
    stop();
  });

  it('reconnects after losing its connection and announces a reset', async () => {
    expect(feed.live).toBe(true);
    const reset = nextChange(feed, (change) => change.kind === 'reset');
    await asAdmin(testDb.adminUrl, (client) =>
      client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN storeloom_store_changes' AND datname = current_database()`,
      ),
    );
    expect(await reset).toEqual({ kind: 'reset' });
    expect(feed.live).toBe(true);
  });

  it('covers every table storefront caches read from', async () => {
    const tables = await asAdmin(testDb.adminUrl, async (client) => {
      const { rows } = await client.query<{ table: string }>(
        `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE t.tgname LIKE '%_notify_change' ORDER BY 1`,
      );
      return rows.map((row) => row.table);
    });
    expect(tables).toEqual([
      'Category',
      'Domain',
      'InventoryLevel',
      'InventoryLocation',
      'MediaAsset',
      'Page',
      'PageVersion',
      'Product',
      'ProductCategory',
      'ProductMedia',
      'ProductOption',
      'ProductOptionValue',
      'ProductVariant',
      'Tenant',
      'VariantOptionValue',
    ]);
  });
});

describe('parseStoreChange', () => {
  it('accepts only known topics with a store id', () => {
    expect(parseStoreChange('catalog:t1')).toEqual({
      kind: 'change',
      topic: 'catalog',
      tenantId: 't1',
    });
    expect(parseStoreChange('orders:t1')).toBeNull();
    expect(parseStoreChange('catalog:')).toBeNull();
    expect(parseStoreChange(undefined)).toBeNull();
  });
});
