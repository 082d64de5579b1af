import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { localUrl } from '../embedded/ensure-database';
import { embeddedAdmin } from '../embedded/start-embedded-postgres';
import './provided-context';

export interface TestDatabase {
  name: string;
  /** Superuser: bypasses RLS. For arranging data and inspecting the schema. */
  adminUrl: string;
  /** Application role: RLS applies, as in production. */
  appUrl: string;
  /** Drops the database, disconnecting anyone still connected. */
  drop: () => Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** Clone `template0` (no tables at all) instead of the migrated template. */
  empty?: boolean;
}

async function withMaintenanceClient<T>(
  url: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** PostgreSQL refuses to clone a template while someone else is briefly connected to it. */
function isTemplateBusy(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === '55006';
}

/** A fresh database for one test file, cloned from the template the global setup migrated. */
export async function createTestDatabase(
  options: CreateTestDatabaseOptions = {},
): Promise<TestDatabase> {
  const server = inject('storeloomTestDatabase');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const template = options.empty === true ? 'template0' : server.templateDatabase;
  await withMaintenanceClient(server.maintenanceUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(
          `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`,
        );
        return;
      } catch (err) {
        if (!isTemplateBusy(err) || attempt >= 20) throw err;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
  let dropped: Promise<void> | undefined;
  return {
    name,
    adminUrl: localUrl({ ...embeddedAdmin, port: server.port, database: name }),
    appUrl: localUrl({
      user: server.appRole.role,
      password: server.appRole.password,
      port: server.port,
      database: name,
    }),
    drop: () =>
      (dropped ??= withMaintenanceClient(server.maintenanceUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      })),
  };
}
