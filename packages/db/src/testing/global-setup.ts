import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  defaultAppRole,
  embeddedAdmin,
  findFreePort,
  localUrl,
  provisionAppRole,
  startEmbeddedPostgres,
} from '../embedded';
import { defaultMigrationsDir, env } from '../env';
import { migrate } from '../migrate';
import { templateDatabase, type TestDatabaseServer } from './provided-context';

/**
 * vitest globalSetup: one throwaway PostgreSQL for the whole run, migrated once into a template
 * database; each test file then clones the template (`createTestDatabase`), which takes
 * milliseconds instead of re-running every migration.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const t0 = performance.now();
  const dataDir = join(env.STORELOOM_DATA_DIR, `test-${randomBytes(4).toString('hex')}`);
  const server = await startEmbeddedPostgres({
    dataDir,
    // A free port, so test runs never collide with `pnpm start` or with each other.
    port: await findFreePort(),
    persistent: false,
    durable: false,
    database: templateDatabase,
  });
  const removeDataDir = () => rm(dataDir, { recursive: true, force: true });
  try {
    const t1 = performance.now();
    const result = await migrate({ url: server.adminUrl, migrationsDir: defaultMigrationsDir });
    // Grants again: the tables exist only now, and clones copy the template's privileges.
    await provisionAppRole(server.adminUrl, { ...defaultAppRole, database: templateDatabase });
    const t2 = performance.now();

    const info: TestDatabaseServer = {
      maintenanceUrl: localUrl({ ...embeddedAdmin, port: server.port, database: 'postgres' }),
      port: server.port,
      templateDatabase,
      appRole: defaultAppRole,
    };
    project.provide('storeloomTestDatabase', info);
    console.log(
      `[db] test PostgreSQL on port ${String(server.port)} ready in ${ms(t2 - t0)} ` +
        `(initdb ${ms(server.timings.initdbMs)}, start ${ms(server.timings.startMs)}, ` +
        `migrate ${ms(t2 - t1)} for ${String(result.applied.length)} migrations)`,
    );
  } catch (err) {
    await server.stop();
    await removeDataDir();
    throw err;
  }
  return async () => {
    await server.stop();
    await removeDataDir();
  };
}

function ms(value: number): string {
  return `${value.toFixed(0)}ms`;
}
