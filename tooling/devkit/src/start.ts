// `pnpm start`: the whole platform on one machine with no configuration.
// See .env.example for every setting; STORELOOM_APPS_MODE=prod builds and serves production bundles.
import { DEMO_PASSWORD, DEMO_STORES } from '@storeloom/auth/demo-accounts';
import { loadDotEnv, runEntry } from './lib/entry';
import { logFailure } from './lib/log';
import { readSettings } from './lib/settings';
import { formatSummary } from './lib/summary';

const started = performance.now();

runEntry(async (lifecycle) => {
  await loadDotEnv();
  const settings = readSettings(process.env);
  // Imported only now: the db package validates its environment when first imported, and
  // that has to see the variables from .env.
  const { bringUpPlatform } = await import('./lib/bring-up');
  const up = await bringUpPlatform({ settings, database: 'persistent', lifecycle });

  const port = (name: string) => settings.apps.find((app) => app.name === name)?.port ?? 0;
  console.log(
    formatSummary({
      storefrontPort: port('storefront'),
      adminPort: port('admin'),
      builderPort: port('builder'),
      platformPort: port('platform'),
      rootDomain: settings.rootDomain,
      storeSlugs: DEMO_STORES.map((store) => store.slug),
      signIn: { email: 'owner@demo-store.test', password: DEMO_PASSWORD },
      database: up.database.description,
      totalMs: performance.now() - started,
    }),
  );

  const { app, result } = await up.firstExit;
  // Apps also exit while Ctrl+C or Playwright's SIGTERM stops everything; that is no crash.
  if (lifecycle.isStopping()) return undefined;
  logFailure(`${app.spec.name} exited unexpectedly (${String(result)}); stopping everything`);
  return 1;
});
