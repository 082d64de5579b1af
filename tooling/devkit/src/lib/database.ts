import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  assertDatabaseReachable,
  defaultAppRole,
  findFreePort,
  provisionAppRole,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '@storeloom/db/embedded';
import { formatDuration } from './log';
import { repoRoot } from './repo-root';

export interface DatabaseReady {
  /** Non-superuser role: what the apps get, so row-level security applies to them. */
  appUrl: string;
  /** Owner role: migrations and seeding. */
  ownerUrl: string;
  /** Where it is, for the summary box. */
  description: string;
  /** How it came up (timings), for the log line. */
  detail: string;
  /** Only for embedded servers: grants must be refreshed after migrations create tables. */
  refreshGrants: () => Promise<void>;
  /** postmaster pid when we own the server, for the synchronous last-resort stop on exit. */
  pid: number | undefined;
  stop: () => Promise<void>;
}

/** An operator-provided PostgreSQL: only checked, never started or stopped. */
export async function useExternalDatabase(
  databaseUrl: string,
  migrationUrl: string | undefined,
): Promise<DatabaseReady> {
  await assertDatabaseReachable(databaseUrl);
  if (migrationUrl !== undefined && migrationUrl !== databaseUrl)
    await assertDatabaseReachable(migrationUrl);
  const { host } = new URL(databaseUrl);
  return {
    appUrl: databaseUrl,
    ownerUrl: migrationUrl ?? databaseUrl,
    description: `PostgreSQL at ${host} (DATABASE_URL)`,
    detail: 'reachable',
    refreshGrants: () => Promise.resolve(),
    pid: undefined,
    stop: () => Promise.resolve(),
  };
}

function fromEmbedded(
  server: EmbeddedPostgresHandle,
  description: string,
  stop: () => Promise<void>,
): DatabaseReady {
  const detail = server.reused
    ? 'reusing the server already running on this data directory'
    : `initdb ${server.timings.initdbMs > 0 ? formatDuration(server.timings.initdbMs) : 'not needed'}, start ${formatDuration(server.timings.startMs)}`;
  return {
    appUrl: server.appUrl,
    ownerUrl: server.adminUrl,
    description,
    detail,
    // Tables created by migrations after the first provisioning need their grants too.
    refreshGrants: () =>
      provisionAppRole(server.adminUrl, { ...defaultAppRole, database: server.database }),
    pid: server.reused ? undefined : server.pid,
    stop,
  };
}

/** The start command's embedded PostgreSQL: persistent under `<dataDir>/pg`, fixed port. */
export async function startPersistentDatabase(
  dataDir: string,
  port: number | undefined,
): Promise<DatabaseReady> {
  const server = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'pg'),
    ...(port === undefined ? {} : { port }),
    persistent: true,
  });
  const where = relative(repoRoot, server.dataDir) || server.dataDir;
  return fromEmbedded(
    server,
    `embedded PostgreSQL on 127.0.0.1:${String(server.port)}, data in ${where}`,
    server.stop,
  );
}

/** A server that exists only for one e2e run: random data dir and port, deleted on stop. */
export async function startThrowawayDatabase(dataDir: string): Promise<DatabaseReady> {
  const dir = join(dataDir, `e2e-${randomBytes(4).toString('hex')}`);
  const remove = () => rm(dir, { recursive: true, force: true });
  let server: EmbeddedPostgresHandle;
  try {
    server = await startEmbeddedPostgres({
      dataDir: dir,
      port: await findFreePort(),
      persistent: false,
      durable: false,
    });
  } catch (err) {
    await remove();
    throw err;
  }
  const stop = async () => {
    await server.stop();
    await remove();
  };
  return fromEmbedded(
    server,
    `throwaway embedded PostgreSQL on 127.0.0.1:${String(server.port)}`,
    stop,
  );
}
