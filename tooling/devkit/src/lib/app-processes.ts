import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AppSpec } from './apps';
import { DevkitError } from './errors';
import { linePrefix, pipeWithPrefix } from './prefix-lines';

export interface RunningApp {
  spec: AppSpec;
  child: ChildProcess;
  /** Resolves with the exit code (or the signal name) whenever the process ends. */
  exited: Promise<number | string>;
}

const prefixWidth = Math.max(
  ...'storefront admin builder platform'.split(' ').map((n) => n.length),
);

/** The app's own `next` binary, run with this Node directly: no pnpm or shell in between to swallow signals. */
function nextBin(app: AppSpec): string {
  return createRequire(join(app.dir, 'package.json')).resolve('next/dist/bin/next');
}

function spawnNext(app: AppSpec, args: string[], env: NodeJS.ProcessEnv): RunningApp {
  const child = spawn(process.execPath, [nextBin(app), ...args], {
    cwd: app.dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so stopping an app also stops the workers `next` forks.
    detached: true,
  });
  const prefix = linePrefix(app.name, prefixWidth);
  pipeWithPrefix(child.stdout, process.stdout, prefix);
  pipeWithPrefix(child.stderr, process.stderr, prefix);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
    });
    child.once('error', (err) => {
      resolve(err.message);
    });
  });
  return { spec: app, child, exited };
}

export function appEnv(
  app: AppSpec,
  base: NodeJS.ProcessEnv,
  extra: Record<string, string>,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, ...extra, PORT: String(app.port) };
  // The owner role can bypass what the app role cannot; the apps never need it.
  delete env.DATABASE_MIGRATION_URL;
  return env;
}

export function startApp(app: AppSpec, mode: 'dev' | 'start', env: NodeJS.ProcessEnv): RunningApp {
  return spawnNext(app, [mode, '--port', String(app.port)], env);
}

/** `next build`, output prefixed like the servers; a failed build stops the start command. */
export async function buildApp(app: AppSpec, env: NodeJS.ProcessEnv): Promise<void> {
  const result = await spawnNext(app, ['build'], env).exited;
  if (result !== 0)
    throw new DevkitError(
      `next build of ${app.name} failed (exit ${String(result)}); see the [${app.name}] lines above`,
    );
}

/**
 * Signals the whole group even when `next` itself already exited: its `next-server` worker
 * stays in the group and would otherwise outlive us, holding the port.
 */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Group already gone.
  }
}

/** SIGTERM to each app's process group, then SIGKILL whatever is left after `graceMs`. */
export async function stopApps(apps: readonly RunningApp[], graceMs = 5000): Promise<void> {
  for (const app of apps) signalGroup(app.child, 'SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) =>
    setTimeout(() => {
      resolve('timeout');
    }, graceMs).unref(),
  );
  await Promise.race([Promise.all(apps.map((app) => app.exited)), timeout]);
  // Whatever is left in the groups (workers of an app that ignored SIGTERM or died first) goes now.
  for (const app of apps) signalGroup(app.child, 'SIGKILL');
}

/** For `process.on("exit")`, which cannot wait: kill synchronously so no app outlives us. */
export function killAppsNow(apps: readonly RunningApp[]): void {
  for (const app of apps) signalGroup(app.child, 'SIGKILL');
}
