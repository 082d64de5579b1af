import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_STORES } from '@storeloom/auth/demo-accounts';
import { createDatabase, type Database } from '../database';
import { createTestDatabase, type TestDatabase } from '../testing';
import { seedDemoData, type SeedReport } from './index';

const now = new Date('2026-11-20T12:00:00.000Z');

let testDb: TestDatabase;
let database: Database;
let admin: pg.Client;
let mediaDir: string;
let first: SeedReport;
let firstMs: number;

/** Row counts of every table, to prove a re-run adds nothing. */
async function tableCounts(): Promise<Record<string, number>> {
  const tables = await admin.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${admin.escapeIdentifier(name)}`,
    );
    counts[name] = result.rows[0]?.n ?? 0;
  }
  return counts;
}

async function rows<T extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await admin.query<T>(sql, params)).rows;
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  // The app role: the seed must work through the RLS bypass, not as a superuser.
  database = createDatabase({ url: testDb.appUrl });
  admin = new pg.Client({ connectionString: testDb.adminUrl });
  await admin.connect();
  mediaDir = await mkdtemp(join(tmpdir(), 'storeloom-seed-'));
  const started = performance.now();
  first = await seedDemoData({ database, mediaDir, now });
  firstMs = performance.now() - started;
  console.log(
    `[seed] first run ${firstMs.toFixed(0)}ms`,
    JSON.stringify(first.stores.map((s) => [s.slug, s.counts, Math.round(s.timings.totalMs)])),
  );
}, 120_000);

afterAll(async () => {
  await admin.end();
  await database.disconnect();
  await testDb.drop();
  await rm(mediaDir, { recursive: true, force: true });
});

describe('seedDemoData', () => {
  it('creates the four demo stores with the minimum content', async () => {
    expect(first.stores.map((s) => [s.slug, s.name])).toEqual(
      DEMO_STORES.map((s) => [s.slug, s.name]),
    );
    for (const store of first.stores) {
      expect(store.skipped).toBe(false);
      expect(store.counts?.products).toBeGreaterThanOrEqual(40);
      expect(store.counts?.orders).toBeGreaterThanOrEqual(100);
      expect(store.counts?.customers).toBeGreaterThanOrEqual(25);
      expect(store.counts?.returns).toBeGreaterThan(0);
    }
    const depth = await rows<{ slug: string; levels: number }>(
      `SELECT t.slug, max(c.depth)::int + 1 AS levels FROM "Category" c JOIN "Tenant" t ON t.id = c."tenantId" GROUP BY t.slug`,
    );
    for (const { levels } of depth) expect([2, 3]).toContain(levels);
    expect(depth).toHaveLength(4);
  });

  it('keeps category paths materialised from ancestor ids', async () => {
    const wrong = await rows(
      `SELECT c.id FROM "Category" c LEFT JOIN "Category" p ON p.id = c."parentId"
        WHERE c.path <> COALESCE(p.path, '/') || c.id || '/' OR c.depth <> COALESCE(p.depth + 1, 0)`,
    );
    expect(wrong).toEqual([]);
  });

  it("computes every order's totals consistently", async () => {
    const wrong = await rows(
      `SELECT id FROM "Order"
        WHERE total <> subtotal - "discountTotal" + "shippingTotal" + "taxTotal"
           OR profit <> subtotal - "discountTotal" - "totalCost"
           OR subtotal <> (SELECT sum(i."unitPrice" * i.quantity) FROM "OrderItem" i WHERE i."orderId" = "Order".id)`,
    );
    expect(wrong).toEqual([]);
    const counters = await rows<{ value: number; max: number }>(
      `SELECT c.value, (SELECT max(number) FROM "Order" o WHERE o."tenantId" = c."tenantId") AS max
         FROM "TenantCounter" c WHERE c.name = 'order'`,
    );
    expect(counters).toHaveLength(4);
    for (const counter of counters) expect(counter.value).toBe(counter.max);
  });

  it('keeps payments, refunds, shipments and returns consistent with the orders', async () => {
    const badPayments = await rows(
      `SELECT o.id FROM "Order" o
        WHERE o."paymentStatus" IN ('paid', 'partially_refunded', 'refunded')
          AND (SELECT count(*) FROM "Payment" p WHERE p."orderId" = o.id AND p."capturedAmount" = o.total) <> 1`,
    );
    expect(badPayments).toEqual([]);
    const badRefunds = await rows(
      `SELECT o.id FROM "Order" o
        WHERE o."refundedTotal" <> COALESCE((SELECT sum(r.amount) FROM "Refund" r WHERE r."orderId" = o.id), 0)`,
    );
    expect(badRefunds).toEqual([]);
    const badShipments = await rows(
      `SELECT o.id FROM "Order" o
        WHERE o."fulfillmentStatus" <> 'unfulfilled'
          AND (SELECT coalesce(sum(si.quantity), 0) FROM "ShipmentItem" si JOIN "Shipment" s ON s.id = si."shipmentId" WHERE s."orderId" = o.id)
              <> (SELECT sum(i.quantity) FROM "OrderItem" i WHERE i."orderId" = o.id)`,
    );
    expect(badShipments).toEqual([]);
    const counters = await rows<{ value: number; max: number }>(
      `SELECT c.value, (SELECT max(number) FROM "Return" r WHERE r."tenantId" = c."tenantId") AS max
         FROM "TenantCounter" c WHERE c.name = 'return'`,
    );
    for (const counter of counters) expect(counter.value).toBe(counter.max);
    const future = await rows(
      `SELECT id FROM "StorefrontEvent" WHERE "occurredAt" > $1
       UNION ALL SELECT id FROM "OrderEvent" WHERE "createdAt" > $1`,
      [now],
    );
    expect(future).toEqual([]);
  });

  it('only sells SKUs of the same store and never holds negative stock', async () => {
    const foreign = await rows(
      `SELECT i.id FROM "OrderItem" i
         LEFT JOIN "ProductVariant" v ON v."tenantId" = i."tenantId" AND v.sku = i.sku
        WHERE v.id IS NULL OR v.id <> i."variantId"`,
    );
    expect(foreign).toEqual([]);
    expect(
      await rows(`SELECT id FROM "InventoryLevel" WHERE "onHand" < 0 OR reserved < 0`),
    ).toEqual([]);
    const stock = await rows<{ out: number; low: number }>(
      `SELECT count(*) FILTER (WHERE l."onHand" = 0)::int AS out,
              count(*) FILTER (WHERE l."onHand" BETWEEN 1 AND v."lowStockThreshold" - 1)::int AS low
         FROM "InventoryLevel" l JOIN "ProductVariant" v ON v.id = l."variantId"`,
    );
    expect(stock[0]?.out).toBeGreaterThan(0);
    expect(stock[0]?.low).toBeGreaterThan(0);
  });

  it('writes an image per product and links it', async () => {
    const unlinked = await rows(
      `SELECT p.id FROM "Product" p WHERE NOT EXISTS (SELECT 1 FROM "ProductMedia" m WHERE m."productId" = p.id)`,
    );
    expect(unlinked).toEqual([]);
    const files = await readdir(join(mediaDir, 'tech-gadgets'));
    expect(files.filter((f) => f.endsWith('.webp')).length).toBeGreaterThanOrEqual(40);
  });

  it('publishes a home, an about and a FAQ page and seeds accounts and domains', async () => {
    const pages = await rows<{ slug: string }>(
      `SELECT p.slug FROM "Page" p JOIN "PageVersion" v ON v.id = p."publishedVersionId" WHERE p.status = 'published' AND v.version = 1`,
    );
    expect(pages.filter((p) => p.slug === 'home')).toHaveLength(4);
    expect(pages.filter((p) => p.slug === 'about')).toHaveLength(4);
    expect(pages.filter((p) => p.slug === 'faq')).toHaveLength(4);
    const users = await rows(`SELECT id FROM "User" WHERE "passwordHash" LIKE 'scrypt$%'`);
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);
    const members = await rows(`SELECT id FROM "StoreMember"`);
    expect(members).toHaveLength(DEMO_ACCOUNTS.reduce((sum, a) => sum + a.memberships.length, 0));
    const custom = await rows<{ hostname: string }>(
      `SELECT hostname FROM "Domain" WHERE kind = 'custom' AND verified ORDER BY 1`,
    );
    expect(custom.map((d) => d.hostname)).toEqual(['outdoor.test', 'shop.techgadgets.test']);
    expect(await rows(`SELECT id FROM "Estimate"`)).toHaveLength(4);
  });

  it('is idempotent: a second run skips every store and changes no counts', async () => {
    const before = await tableCounts();
    const started = performance.now();
    const second = await seedDemoData({
      database,
      mediaDir,
      now: new Date(now.getTime() + 3_600_000),
    });
    const secondMs = performance.now() - started;
    console.log(`[seed] second run ${secondMs.toFixed(0)}ms`);
    expect(second.stores.every((s) => s.skipped)).toBe(true);
    expect(second.accounts.skipped).toBe(true);
    expect(second.stores.map((s) => s.counts)).toEqual(first.stores.map((s) => s.counts));
    expect(await tableCounts()).toEqual(before);
    expect(secondMs).toBeLessThan(2000);
  });

  it('regenerates a deleted image without touching the database', async () => {
    const before = await tableCounts();
    await rm(join(mediaDir, 'fashion-boutique', 'cashmere-scarf.webp'));
    const third = await seedDemoData({ database, mediaDir, now });
    expect(third.stores.find((s) => s.slug === 'fashion-boutique')?.imagesGenerated).toBe(1);
    expect(await readdir(join(mediaDir, 'fashion-boutique'))).toContain('cashmere-scarf.webp');
    expect(await tableCounts()).toEqual(before);
  });
});
