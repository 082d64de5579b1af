import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrationChecksum } from './checksum';
import { MigrationError } from './migration-errors';

export interface LocalMigration {
  /** Directory name, e.g. `20260101120000_init`; also the `migration_name` column. */
  name: string;
  script: string;
  checksum: string;
}

/**
 * Reads `<dir>/<name>/migration.sql` in name order, which is Prisma's order (names start with a
 * UTC timestamp). Files at the top level such as `migration_lock.toml` are not migrations.
 */
export async function readMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  let entries;
  try {
    entries = await readdir(migrationsDir, { withFileTypes: true });
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT')
      return [];
    throw err;
  }
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      let bytes: Buffer;
      try {
        bytes = await readFile(join(migrationsDir, name, 'migration.sql'));
      } catch {
        throw new MigrationError(`Migration directory ${name} has no migration.sql`);
      }
      return { name, script: bytes.toString('utf8'), checksum: migrationChecksum(bytes) };
    }),
  );
}
