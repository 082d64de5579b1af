// Playwright's webServer: the four apps on test ports over a throwaway database that is
// deleted on exit, so end-to-end runs never touch `.data/pg` or each other.
import { loadDotEnv, runEntry } from './lib/entry';
import { logFailure } from './lib/log';
import { readSettings } from './lib/settings';
import { throwawayProductionSecrets } from './lib/throwaway-secrets';

const started = performance.now();

runEntry(async (lifecycle) => {
  await loadDotEnv();
  // The test database is always ours: an operator's DATABASE_URL must not receive test data.
  delete process.env.DATABASE_URL;
  delete process.env.DATABASE_MIGRATION_URL;
  // Production builds by default: what ships is what is tested, and `next dev`'s on-demand
  // compiles and reloads make browser tests flaky. STORELOOM_E2E_MODE=dev trades that for speed.
  const settings = readSettings(process.env, {
    modeVariable: 'STORELOOM_E2E_MODE',
    defaultMode: 'prod',
  });
  const { bringUpPlatform } = await import('./lib/bring-up');
  const { formatDuration } = await import('./lib/log');
  const up = await bringUpPlatform({
    settings: { ...settings, seed: true },
    database: 'throwaway',
    lifecycle,
    appEnv: {
      // Its own build directory, so the tests never fight a `pnpm start` in the same checkout.
      STORELOOM_NEXT_DIST_DIR: '.next-e2e',
      ...(settings.appsMode === 'prod' ? throwawayProductionSecrets() : {}),
    },
  });
  // Specs that prepare their own rows (e2e/admin/workflows.spec.ts) find the database here.
  const { publishE2eServerState, removeE2eServerState } = await import('./e2e-data/server-state');
  await publishE2eServerState({ databaseUrl: up.database.ownerUrl, pid: process.pid });
  lifecycle.onStop(removeE2eServerState);
  console.log(
    `[devkit] e2e server ready in ${formatDuration(performance.now() - started)}: ` +
      settings.apps.map((app) => `${app.name} :${String(app.port)}`).join(', '),
  );
  const { app, result } = await up.firstExit;
  // Apps also exit while Ctrl+C or Playwright's SIGTERM stops everything; that is no crash.
  if (lifecycle.isStopping()) return undefined;
  logFailure(`${app.spec.name} exited unexpectedly (${String(result)})`);
  return 1;
});
