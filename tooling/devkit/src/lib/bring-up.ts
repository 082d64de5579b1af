import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isPortInUse } from '@storeloom/db/embedded';
import {
  appEnv,
  buildApp,
  startApp,
  stopApps,
  killAppsNow,
  type RunningApp,
} from './app-processes';
import { healthUrl } from './apps';
import {
  startPersistentDatabase,
  startThrowawayDatabase,
  useExternalDatabase,
  type DatabaseReady,
} from './database';
import type { Lifecycle } from './lifecycle';
import { logInfo, logWarning } from './log';
import { runMigrations } from './migrations';
import { checkProductionAuth } from './production-auth';
import { assertPortsFree } from './ports';
import { waitForHttpOk } from './readiness';
import { describeSeedReport, seedDemoStores } from './seed';
import type { DevkitSettings } from './settings';
import { step } from './step';

export interface BringUpOptions {
  settings: DevkitSettings;
  /** `persistent`: `.data/pg` on STORELOOM_PG_PORT (or DATABASE_URL). `throwaway`: e2e runs. */
  database: 'persistent' | 'throwaway';
  lifecycle: Lifecycle;
  /** Added to every app's environment (e2e turns on local auth in prod mode, for example). */
  appEnv?: Record<string, string>;
  /**
   * Prod mode: start from the app's last build in its dist directory when there is one, instead
   * of building again. Only for repeated runs over unchanged sources (the proof scripts).
   */
  reuseBuild?: boolean;
}

export interface PlatformUp {
  database: DatabaseReady;
  apps: RunningApp[];
  /** Settles when the first app process ends, for whatever reason. */
  firstExit: Promise<{ app: RunningApp; result: number | string }>;
}

const readyTimeoutMs = { dev: 300_000, prod: 120_000 } as const;

/** `next build` writes BUILD_ID last, so its presence means a finished build. */
function hasBuild(app: DevkitSettings['apps'][number], appEnv: Record<string, string> | undefined) {
  return existsSync(join(app.dir, appEnv?.STORELOOM_NEXT_DIST_DIR ?? '.next', 'BUILD_ID'));
}

async function bringUpDatabase(options: BringUpOptions): Promise<DatabaseReady> {
  const { settings } = options;
  if (options.database === 'throwaway') return startThrowawayDatabase(settings.dataDir);
  if (settings.databaseUrl !== undefined)
    return useExternalDatabase(settings.databaseUrl, settings.migrationUrl);
  // undefined: the db package's own default (STORELOOM_PG_PORT, else 54329).
  return startPersistentDatabase(settings.dataDir, undefined);
}

/** Database, migrations, seed, then the four apps, each step one log line; resolves once all answer HTTP. */
export async function bringUpPlatform(options: BringUpOptions): Promise<PlatformUp> {
  const { settings, lifecycle } = options;

  await step(
    'ports',
    () => assertPortsFree(settings.apps, isPortInUse),
    () => settings.apps.map((app) => `${app.name} ${String(app.port)}`).join(', ') + ' free',
  );

  if (settings.appsMode === 'prod') {
    await step(
      'auth',
      () => Promise.resolve(checkProductionAuth({ ...process.env, ...options.appEnv })),
      (what) => `production mode uses ${what}`,
    );
  }

  const database = await step(
    'database',
    () => bringUpDatabase(options),
    (db) => `${db.description} (${db.detail})`,
  );
  lifecycle.onStop(database.stop);
  const pid = database.pid;
  if (pid !== undefined) {
    lifecycle.onExit(() => {
      try {
        // PostgreSQL's fast shutdown; the last resort when the process exits without cleanup.
        process.kill(pid, 'SIGINT');
      } catch {
        // Already stopped.
      }
    });
  }

  await step(
    'migrations',
    async () => {
      const summary = await runMigrations(database.ownerUrl);
      await database.refreshGrants();
      return summary;
    },
    (summary) => summary,
  );

  if (settings.seed) {
    await step(
      'seed',
      () =>
        seedDemoStores({
          ownerUrl: database.ownerUrl,
          dataDir: settings.dataDir,
          rootDomain: settings.rootDomain,
        }),
      describeSeedReport,
    );
  } else {
    logWarning('seed: skipped (STORELOOM_SEED=false)');
  }

  const envFor = (app: DevkitSettings['apps'][number]) => {
    const env = appEnv(app, process.env, {
      ...options.appEnv,
      DATABASE_URL: database.appUrl,
      STORELOOM_DATA_DIR: settings.dataDir,
      // Offline machines: telemetry would only retry in the background and print a banner.
      NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1',
    });
    // `next` picks development or production itself; an inherited NODE_ENV=test only confuses it.
    delete env.NODE_ENV;
    return env;
  };

  if (settings.appsMode === 'prod') {
    for (const app of settings.apps) {
      if (options.reuseBuild === true && hasBuild(app, options.appEnv)) {
        logInfo(`build ${app.name}: reusing the last build (reuseBuild)`);
        continue;
      }
      await step(
        `build ${app.name}`,
        () => buildApp(app, envFor(app)),
        () => 'next build done',
      );
    }
  }

  const apps: RunningApp[] = [];
  lifecycle.onStop(() => stopApps(apps));
  lifecycle.onExit(() => {
    killAppsNow(apps);
  });
  for (const app of settings.apps)
    apps.push(startApp(app, settings.appsMode === 'prod' ? 'start' : 'dev', envFor(app)));
  const firstExit = Promise.race(apps.map((app) => app.exited.then((result) => ({ app, result }))));

  const aborted = new AbortController();
  void firstExit.then(() => {
    aborted.abort();
  });
  await step(
    'apps',
    () =>
      Promise.all(
        settings.apps.map((app) =>
          waitForHttpOk(app.name, healthUrl(app.port), {
            timeoutMs: readyTimeoutMs[settings.appsMode],
            signal: aborted.signal,
          }),
        ),
      ),
    () =>
      `${settings.apps.map((app) => app.name).join(', ')} answer HTTP (next ${settings.appsMode === 'prod' ? 'start' : 'dev'})`,
  );
  return { database, apps, firstExit };
}
