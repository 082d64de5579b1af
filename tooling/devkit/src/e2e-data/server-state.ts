import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { repoRoot } from '../lib/repo-root';

/**
 * How specs reach the database of the running e2e server. That database is a throwaway one on a
 * random port (lib/database.ts), so the server writes its address here once it is up and
 * removes the file when it stops. A fixed path, not STORELOOM_DATA_DIR: the specs run in
 * Playwright's workers, which never see the server's environment or `.env`.
 */
export const e2eServerStateFile = join(repoRoot, '.data', 'e2e-server.json');

export interface E2eServerState {
  /** Owner role: spec setup writes rows of any store, as the seed does. */
  databaseUrl: string;
  pid: number;
}

export async function publishE2eServerState(state: E2eServerState): Promise<void> {
  await mkdir(dirname(e2eServerStateFile), { recursive: true });
  await writeFile(e2eServerStateFile, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}

export async function removeE2eServerState(): Promise<void> {
  await rm(e2eServerStateFile, { force: true });
}

function isState(value: unknown): value is E2eServerState {
  return (
    typeof value === 'object' &&
    value !== null &&
    'databaseUrl' in value &&
    typeof value.databaseUrl === 'string' &&
    'pid' in value &&
    typeof value.pid === 'number'
  );
}

/** Signal 0 only checks that the process exists. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

const publishWaitMs = 20_000;

/**
 * Playwright starts the specs once the apps answer HTTP, a moment before the server gets to
 * write the file, so a missing file is waited for briefly.
 */
async function readStateText(): Promise<string> {
  const deadline = Date.now() + publishWaitMs;
  for (;;) {
    try {
      return await readFile(e2eServerStateFile, 'utf8');
    } catch (error) {
      const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
      if (!missing) throw error;
      if (Date.now() > deadline) {
        throw new Error(
          `${e2eServerStateFile} is missing: specs that prepare data need the e2e server (tooling/devkit/src/e2e-server.ts), which Playwright starts`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export async function readE2eServerState(): Promise<E2eServerState> {
  const text = await readStateText();
  const state: unknown = JSON.parse(text);
  if (!isState(state)) throw new Error(`${e2eServerStateFile} is not an e2e server state`);
  if (!isAlive(state.pid)) {
    throw new Error(
      `${e2eServerStateFile} was left by an e2e server that is gone (pid ${String(state.pid)}); start the specs again`,
    );
  }
  return state;
}
