import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The fields of `postmaster.pid` we rely on (line 1: pid, line 4: port). */
export interface PostmasterInfo {
  pid: number;
  port: number;
}

export async function readPostmasterPid(dataDir: string): Promise<PostmasterInfo | undefined> {
  let text: string;
  try {
    text = await readFile(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return { pid: 0, port: 0 };
  return { pid, port: Number.isInteger(port) ? port : 0 };
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM means it exists but belongs to another user (the `postgres` OS user when not root).
    return typeof err === 'object' && err !== null && 'code' in err && err.code === 'EPERM';
  }
}

/**
 * After a container restart the old pid may now belong to an unrelated process, which makes
 * PostgreSQL refuse to start; so "alive" alone is not enough, it has to be a postgres binary.
 */
async function isPostgresProcess(pid: number): Promise<boolean> {
  try {
    const cmdline = await readFile(`/proc/${String(pid)}/cmdline`, 'utf8');
    return /(^|\/)postgres$/.test(cmdline.split('\0')[0] ?? '');
  } catch {
    // No /proc (macOS): trust liveness, PostgreSQL does its own check as well.
    return isProcessAlive(pid);
  }
}

export type PostmasterState =
  | { kind: 'none' }
  | { kind: 'stale-removed'; pid: number }
  | { kind: 'running'; pid: number; port: number };

/**
 * Inspects `postmaster.pid`: reports a live server for this data directory, or removes the file
 * when it was left behind by a killed server so the next start does not fail.
 */
export async function inspectPostmaster(dataDir: string): Promise<PostmasterState> {
  const info = await readPostmasterPid(dataDir);
  if (info === undefined) return { kind: 'none' };
  if (info.pid > 0 && isProcessAlive(info.pid) && (await isPostgresProcess(info.pid))) {
    return { kind: 'running', pid: info.pid, port: info.port };
  }
  await rm(join(dataDir, 'postmaster.pid'), { force: true });
  return { kind: 'stale-removed', pid: info.pid };
}
