import { readdir } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMigrationsDir } from '../env';
import { createTestDatabase, type TestDatabase } from './create-test-database';

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

let db: TestDatabase;

beforeAll(async () => {
  const started = performance.now();
  db = await createTestDatabase();
  console.log(
    `[db] cloned ${db.name} from the template in ${(performance.now() - started).toFixed(0)}ms`,
  );
});

afterAll(async () => {
  await db.drop();
});

describe('test database harness', () => {
  it('clones a database with every migration applied', async () => {
    const local = (await readdir(defaultMigrationsDir, { withFileTypes: true })).filter((e) =>
      e.isDirectory(),
    );
    const applied = await withClient(db.adminUrl, (c) =>
      c.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL',
      ),
    );
    expect(applied.rows[0]?.n).toBe(local.length);
  });

  it('connects the app URL as a role that cannot bypass RLS', async () => {
    const role = await withClient(db.appUrl, (c) =>
      c.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
        'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
      ),
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('enables and forces RLS with a tenant policy on every table with tenantId', async () => {
    const rows = await withClient(db.adminUrl, (c) =>
      c.query<{ table: string; enabled: boolean; forced: boolean; policies: number }>(`
        SELECT c.relname AS "table", c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
               (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation') AS policies
          FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenantId' AND NOT a.attisdropped
         WHERE c.relkind = 'r'`),
    );
    const unprotected = rows.rows.filter((r) => !r.enabled || !r.forced || r.policies !== 1);
    expect(unprotected).toEqual([]);
    if (rows.rows.length === 0) console.warn('[db] no tenant tables yet (no migrations?)');
  });

  it("lets the app role read and write only the current tenant's rows", async () => {
    const tables = await withClient(db.adminUrl, (c) =>
      c.query("SELECT 1 FROM pg_class WHERE relname = 'TenantCounter'"),
    );
    if (tables.rowCount === 0) return;
    // A plain table with tenantId, no FKs needed: proves the grants and the policy together.
    await withClient(db.appUrl, async (c) => {
      await c.query('BEGIN');
      await c.query("SELECT set_config('app.tenant_id', 'tenant-a', true)");
      const visible = await c.query(`SELECT count(*)::int AS n FROM "TenantCounter"`);
      expect(visible.rows[0]).toEqual({ n: 0 });
      await c.query('ROLLBACK');
    });
  });

  it('gives every call its own database', async () => {
    const other = await createTestDatabase();
    try {
      expect(other.name).not.toBe(db.name);
    } finally {
      await other.drop();
    }
  });
});
