import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';
import { migrationChecksum } from './checksum';
import { migrate } from './migrate';
import { MigrationChecksumError, MigrationFailedError } from './migration-errors';

let db: TestDatabase;
let dir: string;

async function addMigration(name: string, sql: string): Promise<void> {
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, 'migration.sql'), sql);
}

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: db.adminUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
  dir = await mkdtemp(join(tmpdir(), 'migrations-'));
});

afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('migrate', () => {
  it('applies folders in order, DO blocks included, and records them like Prisma', async () => {
    const first = `CREATE TABLE "A" (id int);\nDO $$ BEGIN INSERT INTO "A" VALUES (1); END $$;\n`;
    await addMigration('20260101000000_first', first);
    await addMigration('20260102000000_second', `ALTER TABLE "A" ADD COLUMN name text;`);
    await writeFile(join(dir, 'migration_lock.toml'), `provider = "postgresql"\n`);

    const result = await migrate({ url: db.adminUrl, migrationsDir: dir });
    expect(result.applied).toEqual(['20260101000000_first', '20260102000000_second']);

    const rows = await query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished: boolean;
    }>(
      `SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL AS finished
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows[0]).toEqual({
      migration_name: '20260101000000_first',
      checksum: migrationChecksum(first),
      applied_steps_count: 1,
      finished: true,
    });
    const columns = await query<{
      column_name: string;
      data_type: string;
      character_maximum_length: number | null;
    }>(
      `SELECT column_name, data_type, character_maximum_length FROM information_schema.columns
        WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(
      columns.map((c) => `${c.column_name}:${c.data_type}:${String(c.character_maximum_length)}`),
    ).toEqual([
      'id:character varying:36',
      'checksum:character varying:64',
      'finished_at:timestamp with time zone:null',
      'migration_name:character varying:255',
      'logs:text:null',
      'rolled_back_at:timestamp with time zone:null',
      'started_at:timestamp with time zone:null',
      'applied_steps_count:integer:null',
    ]);
  });

  it('is a no-op the second time', async () => {
    const result = await migrate({ url: db.adminUrl, migrationsDir: dir });
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toHaveLength(2);
  });

  it('rolls back a failing migration entirely and names it', async () => {
    await addMigration(
      '20260103000000_broken',
      `CREATE TABLE "B" (id int);\nINSERT INTO "A" (id) VALUES (2);\nSELECT nope FROM "A";\n`,
    );
    const error = await migrate({ url: db.adminUrl, migrationsDir: dir }).catch(
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(MigrationFailedError);
    expect((error as Error).message).toMatch(
      /^Migration 20260103000000_broken failed and was rolled back: column "nope" does not exist/,
    );
    expect((error as Error).message).toContain('at line 3');

    expect(await query(`SELECT to_regclass('"B"') IS NULL AS gone`)).toEqual([{ gone: true }]);
    expect(await query(`SELECT count(*)::int AS n FROM "A"`)).toEqual([{ n: 1 }]);
    expect(
      await query(
        `SELECT count(*)::int AS n FROM _prisma_migrations WHERE migration_name LIKE '%broken'`,
      ),
    ).toEqual([{ n: 0 }]);
    await rm(join(dir, '20260103000000_broken'), { recursive: true });
  });

  it('refuses to continue when an applied migration was edited', async () => {
    await addMigration('20260102000000_second', `ALTER TABLE "A" ADD COLUMN other text;`);
    await expect(migrate({ url: db.adminUrl, migrationsDir: dir })).rejects.toThrow(
      MigrationChecksumError,
    );
    await expect(migrate({ url: db.adminUrl, migrationsDir: dir })).rejects.toThrow(
      /modified after being applied: 20260102000000_second/,
    );
    await addMigration('20260102000000_second', `ALTER TABLE "A" ADD COLUMN name text;`);
  });

  it('serialises concurrent runners with the advisory lock', async () => {
    await addMigration('20260104000000_third', `SELECT pg_sleep(0.2); CREATE TABLE "C" (id int);`);
    const [a, b] = await Promise.all([
      migrate({ url: db.adminUrl, migrationsDir: dir }),
      migrate({ url: db.adminUrl, migrationsDir: dir }),
    ]);
    expect([...a.applied, ...b.applied]).toEqual(['20260104000000_third']);
  });
});
