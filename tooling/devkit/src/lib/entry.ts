import { join } from 'node:path';
import { loadEnvFile } from './env-file';
import { oneLineReason } from './errors';
import { createLifecycle, type Lifecycle } from './lifecycle';
import { logFailure, logStep, logWarning } from './log';
import { repoRoot } from './repo-root';

/** Loads `<repo>/.env` (shell variables win) and logs what it did as one line. */
export async function loadDotEnv(): Promise<void> {
  const started = performance.now();
  const loaded = await loadEnvFile(join(repoRoot, '.env'), process.env);
  if (loaded === undefined) {
    logStep('env: no .env file, using defaults (see .env.example)', performance.now() - started);
    return;
  }
  logStep(
    `env: loaded ${String(loaded.applied.length)} variable(s) from .env`,
    performance.now() - started,
  );
  if (loaded.invalidLines.length > 0)
    logWarning(`.env: ignored unparsable line(s) ${loaded.invalidLines.join(', ')}`);
}

/**
 * Runs a devkit command. Any failure becomes one line on stderr and exit code 1, after the
 * cleanup registered so far (apps, database) has run. STORELOOM_DEBUG=1 adds the stack.
 */
export function runEntry(main: (lifecycle: Lifecycle) => Promise<number | undefined>): void {
  const lifecycle = createLifecycle();
  lifecycle.handleSignals();
  main(lifecycle).then(
    async (code) => {
      if (code === undefined) return;
      await lifecycle.stop();
      process.exit(code);
    },
    async (err: unknown) => {
      logFailure(oneLineReason(err));
      if (process.env.STORELOOM_DEBUG === '1') console.error(err);
      await lifecycle.stop();
      process.exit(1);
    },
  );
}
