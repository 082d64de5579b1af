import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@storeloom/db/embedded';
import { describe, expect, it } from 'vitest';

const devkitDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real start command; it must fail in the database phase before any app starts. */
async function runStart(databaseUrl: string): Promise<Run> {
  // Free ports, so a `pnpm start` running on 3000-3003 cannot fail the test at the port check.
  const ports = await Promise.all([findFreePort(), findFreePort(), findFreePort(), findFreePort()]);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_MIGRATION_URL: '',
    STORELOOM_STOREFRONT_PORT: String(ports[0]),
    STORELOOM_ADMIN_PORT: String(ports[1]),
    STORELOOM_BUILDER_PORT: String(ports[2]),
    STORELOOM_PLATFORM_PORT: String(ports[3]),
    STORELOOM_DEBUG: '',
  };
  return new Promise((resolve) => {
    const child = spawn(tsx, ['src/start.ts'], {
      cwd: devkitDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

function expectOneLineFailure(run: Run, reason: RegExp): void {
  expect(run.code).toBe(1);
  const errorLines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toMatch(reason);
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at /m);
  expect(run.stdout).not.toContain('[storefront]');
}

describe('pnpm start with an unusable DATABASE_URL', () => {
  it('exits 1 with one line when PostgreSQL refuses the connection', async () => {
    const run = await runStart('postgresql://nobody:x@127.0.0.1:1/none');
    expectOneLineFailure(
      run,
      /^\[devkit\] ✗ database: Cannot reach PostgreSQL at 127\.0\.0\.1:1: connection refused/,
    );
  });

  it('exits 1 with one line when DATABASE_URL is not a URL', async () => {
    const run = await runStart('not-a-url');
    expectOneLineFailure(
      run,
      /DATABASE_URL.*(not a valid PostgreSQL URL|must be a postgresql:\/\/)/,
    );
  });
});
