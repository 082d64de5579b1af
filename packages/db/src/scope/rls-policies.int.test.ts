import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDatabase, type Database } from '../database.ts';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { unscoped } from '../unscoped.ts';
import { tenantModels } from './tenant-models.ts';

// The second wall, tested on its own: raw SQL as the application role, no Prisma extension.
let testDb: TestDatabase;
let database: Database;
let app: pg.Client;
let storeA: string;
let storeB: string;

async function asStore<T>(tenantId: string, run: () => Promise<T>): Promise<T> {
  await app.query('BEGIN');
  try {
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    return await run();
  } finally {
    await app.query('ROLLBACK');
  }
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  database = createDatabase({ url: testDb.appUrl });
  const db = unscoped(database);
  const makeStore = async (slug: string) => {
    const tenant = await db.tenant.create({ data: { slug, name: slug } });
    const user = await db.user.create({ data: { email: `owner@${slug}.test`, name: slug } });
    await db.storeMember.create({ data: { tenantId: tenant.id, userId: user.id, role: 'owner' } });
    await db.product.create({ data: { tenantId: tenant.id, title: `${slug} product`, slug: 'p' } });
    await db.customer.create({ data: { tenantId: tenant.id, email: `c@${slug}.test` } });
    return tenant.id;
  };
  storeA = await makeStore('rls-a');
  storeB = await makeStore('rls-b');
  app = new pg.Client({ connectionString: testDb.appUrl });
  await app.connect();
});

afterAll(async () => {
  await app.end();
  await database.disconnect();
  await testDb.drop();
});

describe('row-level security', () => {
  it('connects as a role that cannot bypass it', async () => {
    const { rows } = await app.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('is enabled, forced and has a policy on every table with a tenantId, and on Tenant and User', async () => {
    const { rows } = await app.query<{
      table: string;
      enabled: boolean;
      forced: boolean;
      policies: number;
    }>(`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname) AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND (c.relname IN ('Tenant', 'User') OR EXISTS (
          SELECT 1 FROM information_schema.columns col
          WHERE col.table_schema = 'public' AND col.table_name = c.relname AND col.column_name = 'tenantId'))
      ORDER BY 1`);
    expect(rows.length).toBe(tenantModels.length + 2);
    for (const row of rows) {
      expect(row, row.table).toMatchObject({ enabled: true, forced: true });
      expect(row.policies, row.table).toBeGreaterThan(0);
    }
  });

  it('shows nothing when no store is set', async () => {
    const { rows } = await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Product"`);
    expect(rows[0]?.n).toBe(0);
  });

  it("hides another store's rows from raw SQL", async () => {
    await asStore(storeB, async () => {
      for (const table of ['Product', 'Customer', 'StoreMember']) {
        const { rows } = await app.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${table}" WHERE "tenantId" = $1`,
          [storeA],
        );
        expect(rows[0]?.n, table).toBe(0);
      }
      const tenants = await app.query<{ id: string }>(`SELECT id FROM "Tenant"`);
      expect(tenants.rows.map((r) => r.id)).toEqual([storeB]);
      const users = await app.query<{ email: string }>(`SELECT email FROM "User"`);
      expect(users.rows.map((r) => r.email)).toEqual(['owner@rls-b.test']);
    });
  });

  it("cannot update or delete another store's rows", async () => {
    await asStore(storeB, async () => {
      const updated = await app.query(
        `UPDATE "Product" SET title = 'pwned' WHERE "tenantId" = $1`,
        [storeA],
      );
      const deleted = await app.query(`DELETE FROM "Customer" WHERE "tenantId" = $1`, [storeA]);
      expect(updated.rowCount).toBe(0);
      expect(deleted.rowCount).toBe(0);
    });
    const product = await unscoped(database).product.findFirst({ where: { tenantId: storeA } });
    expect(product?.title).toBe('rls-a product');
  });

  it('refuses to write a row into another store (42501)', async () => {
    await asStore(storeB, async () => {
      await expect(
        app.query(
          `INSERT INTO "Product" (id, "tenantId", title, slug, "updatedAt") VALUES ('x1', $1, 'evil', 'evil', now())`,
          [storeA],
        ),
      ).rejects.toMatchObject({ code: '42501' });
    });
    await asStore(storeB, async () => {
      await expect(
        app.query(`UPDATE "Product" SET "tenantId" = $1 WHERE "tenantId" = $2`, [storeA, storeB]),
      ).rejects.toMatchObject({
        code: '42501',
      });
    });
  });
});
