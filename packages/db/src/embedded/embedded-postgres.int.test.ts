import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { env } from '../env';
import { findFreePort } from './ports';
import { readPostmasterPid } from './postmaster-pid';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './start-embedded-postgres';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function scratchDir(): string {
  return join(env.STORELOOM_DATA_DIR, `test-embedded-${randomBytes(4).toString('hex')}`);
}

async function start(
  dataDir: string,
  port: number,
  persistent = true,
): Promise<EmbeddedPostgresHandle> {
  const server = await startEmbeddedPostgres({ dataDir, port, persistent, durable: false });
  cleanups.push(() => server.stop());
  return server;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

function waitForExit(pid: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      try {
        process.kill(pid, 0);
      } catch {
        clearInterval(timer);
        resolve();
      }
    }, 20);
  });
}

describe('startEmbeddedPostgres', () => {
  it('keeps data between starts, and the app role is not a superuser', async () => {
    const dataDir = scratchDir();
    const port = await findFreePort();
    const first = await start(dataDir, port);
    expect(first.timings.initdbMs).toBeGreaterThan(0);
    await sql(first.adminUrl, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('hello')");
    await first.stop();

    const second = await start(dataDir, port, false);
    expect(second.timings.initdbMs).toBe(0);
    console.log(
      `[db] embedded: first start initdb ${second.timings.initdbMs.toFixed(0)}/${first.timings.initdbMs.toFixed(0)}ms, restart ${second.timings.startMs.toFixed(0)}ms`,
    );
    expect(await sql(second.adminUrl, 'SELECT v FROM kept')).toEqual([{ v: 'hello' }]);
    expect(
      await sql(
        second.appUrl,
        'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
      ),
    ).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });

  it('fails with one clear line when the port belongs to something else', async () => {
    const port = await findFreePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise((resolve) =>
          blocker.close(() => {
            resolve();
          }),
        ),
    );
    await expect(startEmbeddedPostgres({ dataDir: scratchDir(), port })).rejects.toThrow(
      `Port ${String(port)} is already in use; set STORELOOM_PG_PORT to another port`,
    );
  });

  it('reuses its own server already running on the data directory', async () => {
    const dataDir = scratchDir();
    const server = await start(dataDir, await findFreePort(), false);
    const again = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
    expect(again.reused).toBe(true);
    expect(again.port).toBe(server.port);
  });

  it('starts after the postmaster was killed, leaving a stale postmaster.pid', async () => {
    const dataDir = scratchDir();
    const port = await findFreePort();
    const server = await start(dataDir, port);
    const pid = server.pid!;
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid);
    expect((await readPostmasterPid(dataDir))?.pid).toBe(pid);

    const restarted = await start(dataDir, port, false);
    expect(restarted.reused).toBe(false);
    expect(await sql(restarted.adminUrl, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });

  it('ignores a postmaster.pid whose pid now belongs to another process', async () => {
    const dataDir = scratchDir();
    const port = await findFreePort();
    const server = await start(dataDir, port);
    await server.stop();
    // This very test process is alive but is not PostgreSQL, like a pid reused after a reboot.
    await writeFile(
      join(dataDir, 'postmaster.pid'),
      `${String(process.pid)}\n${dataDir}\n0\n${String(port)}\n`,
    );
    const restarted = await start(dataDir, port, false);
    expect(restarted.reused).toBe(false);
    expect(await sql(restarted.adminUrl, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });
});
