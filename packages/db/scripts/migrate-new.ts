// `pnpm --filter @storeloom/db migrate:new <name>`: writes prisma/migrations/<ts>_<name>/migration.sql
// from the difference between the migration history and prisma/schema, without network access.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultMigrationsDir, repoRoot } from '../src/env';
import { generateMigration } from './lib/generate-migration';
import { migrationFolderName, migrationLockToml } from './lib/migration-name';

async function main(): Promise<number> {
  const name = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  if (name === undefined) {
    console.error('usage: pnpm --filter @storeloom/db migrate:new <name>');
    return 2;
  }
  const migrationsDir = process.env.STORELOOM_MIGRATIONS_DIR ?? defaultMigrationsDir;
  const schemaDir = process.env.STORELOOM_SCHEMA_DIR ?? join(repoRoot, 'prisma', 'schema');
  const result = await generateMigration({ schemaDir, migrationsDir });
  if (result.sql === '') {
    console.log('The schema matches the migrations; no migration created.');
    return 0;
  }
  const folder = migrationFolderName(name);
  await mkdir(join(migrationsDir, folder), { recursive: true });
  await writeFile(join(migrationsDir, folder, 'migration.sql'), result.sql);
  await writeFile(join(migrationsDir, 'migration_lock.toml'), migrationLockToml);
  const t = result.timings;
  console.log(`Created ${join(migrationsDir, folder, 'migration.sql')}`);
  console.log(
    `RLS added for: ${result.rlsTables.length > 0 ? result.rlsTables.join(', ') : '(no new tenant tables)'}`,
  );
  console.log(
    `server ${t.serverMs.toFixed(0)}ms, history ${t.migrateMs.toFixed(0)}ms, diff ${t.diffMs.toFixed(0)}ms, verify ${t.verifyMs.toFixed(0)}ms`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
