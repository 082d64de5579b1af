import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { defaultMigrationsDir, migrationUrl } from '../env';
import { DatabaseStartupError, describeDatabaseError } from '../errors';
import { checksumMatches } from './checksum';
import {
  FailedMigrationPresentError,
  MigrationChecksumError,
  MigrationError,
  MigrationFailedError,
} from './migration-errors';
import {
  createMigrationsTableSql,
  migrationLockKey,
  readAppliedRows,
  recordFinished,
  recordStarted,
} from './migrations-table';
import { postgresErrorMessage } from './postgres-error-message';
import { readMigrations, type LocalMigration } from './read-migrations';

export interface MigrateOptions {
  /** Owner-role URL. Default: DATABASE_MIGRATION_URL, else DATABASE_URL. */
  url?: string;
  /** Default: `<repo>/prisma/migrations`. */
  migrationsDir?: string;
  /** Progress lines ("applied X"); silent by default. */
  log?: (line: string) => void;
}

export interface MigrateResult {
  /** Names applied by this call, in order. */
  applied: string[];
  /** Names that were already applied before this call. */
  alreadyApplied: string[];
  durationMs: number;
}

async function applyOne(client: pg.Client, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  // One transaction per migration: PostgreSQL DDL is transactional, so a failure leaves nothing
  // behind, not even the bookkeeping row, and the migration can simply be retried once fixed.
  await client.query('BEGIN');
  try {
    await recordStarted(client, { id, name: migration.name, checksum: migration.checksum });
    // No parameters: pg uses the simple query protocol, which runs multi-statement scripts
    // (including DO $$ ... $$ blocks) exactly as psql would, unlike adapter-pg's split on ';'.
    await client.query(migration.script);
    await recordFinished(client, id);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new MigrationFailedError(migration.name, postgresErrorMessage(err, migration.script), {
      cause: err,
    });
  }
}

/**
 * Applies pending `prisma/migrations/<name>/migration.sql` folders in order, recording them in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does.
 */
export async function migrate(options: MigrateOptions = {}): Promise<MigrateResult> {
  const started = performance.now();
  const url = options.url ?? migrationUrl;
  if (url === undefined) {
    throw new MigrationError('No database to migrate: set DATABASE_MIGRATION_URL or DATABASE_URL');
  }
  const local = await readMigrations(options.migrationsDir ?? defaultMigrationsDir);

  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => undefined);
    throw new DatabaseStartupError(describeDatabaseError(err, url), { cause: err });
  }
  try {
    // Session-level lock: two processes starting at once take turns instead of racing.
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    await client.query(createMigrationsTableSql);
    const rows = await readAppliedRows(client);

    const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed.length > 0)
      throw new FailedMigrationPresentError(failed.map((row) => row.migration_name));

    const applied = new Map<string, string>();
    for (const row of rows) {
      if (row.finished_at !== null && row.rolled_back_at === null)
        applied.set(row.migration_name, row.checksum);
    }
    const edited = local.filter((m) => {
      const stored = applied.get(m.name);
      return stored !== undefined && !checksumMatches(stored, m.script);
    });
    if (edited.length > 0) throw new MigrationChecksumError(edited.map((m) => m.name));

    const pending = local.filter((m) => !applied.has(m.name));
    for (const migration of pending) {
      await applyOne(client, migration);
      options.log?.(`applied ${migration.name}`);
    }
    return {
      applied: pending.map((m) => m.name),
      alreadyApplied: local.filter((m) => applied.has(m.name)).map((m) => m.name),
      durationMs: performance.now() - started,
    };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
