import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { findFreePort, startEmbeddedPostgres } from '../../src/embedded';
import { env } from '../../src/env';
import { migrate } from '../../src/migrate';
import { charSafeAdapterFactory } from './char-safe-adapter';
import { readSchemaFiles } from './read-schema';
import { rlsSqlForTables } from './rls-sql';
import { createSchemaEngine } from './schema-engine';
import { tablesNeedingRls } from './tables-needing-rls';

export interface GenerateMigrationOptions {
  schemaDir: string;
  migrationsDir: string;
}

export interface GeneratedMigration {
  /** Full migration.sql: the engine's diff followed by the RLS block; "" when nothing changed. */
  sql: string;
  rlsTables: string[];
  timings: { serverMs: number; migrateMs: number; diffMs: number; verifyMs: number };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * What `prisma migrate dev --create-only` does, offline: bring a scratch database to the
 * current migration history, diff it against the schema with the wasm schema engine, and add
 * RLS for tenant tables. The result is applied once (and rolled back) to prove it runs.
 */
export async function generateMigration(
  options: GenerateMigrationOptions,
): Promise<GeneratedMigration> {
  const schemaFiles = await readSchemaFiles(options.schemaDir);
  const t0 = performance.now();
  const server = await startEmbeddedPostgres({
    dataDir: join(env.STORELOOM_DATA_DIR, `migrate-new-${randomBytes(4).toString('hex')}`),
    port: await findFreePort(),
    persistent: false,
    durable: false,
    database: 'storeloom_diff',
  });
  try {
    const t1 = performance.now();
    await migrate({ url: server.adminUrl, migrationsDir: options.migrationsDir });
    const t2 = performance.now();
    const engine = await createSchemaEngine(schemaFiles, charSafeAdapterFactory(server.adminUrl));
    const diff = await engine.diffDatabaseToSchema();
    const t3 = performance.now();
    if (diff.trim() === '') {
      return {
        sql: '',
        rlsTables: [],
        timings: { serverMs: t1 - t0, migrateMs: t2 - t1, diffMs: t3 - t2, verifyMs: 0 },
      };
    }
    const { sql, rlsTables } = await withClient(server.adminUrl, async (client) => {
      await client.query('BEGIN');
      try {
        await client.query(diff);
        const tables = await tablesNeedingRls(client);
        const rls = rlsSqlForTables(tables);
        if (rls !== '') await client.query(rls);
        return { sql: rls === '' ? diff : `${diff.trimEnd()}\n\n${rls}`, rlsTables: tables };
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new Error(`The generated migration does not apply cleanly: ${reason}`, {
          cause: err,
        });
      } finally {
        await client.query('ROLLBACK');
      }
    });
    const t4 = performance.now();
    return {
      sql,
      rlsTables,
      timings: { serverMs: t1 - t0, migrateMs: t2 - t1, diffMs: t3 - t2, verifyMs: t4 - t3 },
    };
  } finally {
    await server.stop();
  }
}
