// `pnpm bench:storefront`: time to first byte of a production storefront's product page under
// 32 concurrent connections, next to a static file served by the same Next.js server in the
// same run. See docs/performance.md, "Storefront TTFB".
import { availableParallelism, loadavg } from 'node:os';

import { type LoadRequest, type LoadResult, runLoad } from './load.ts';
import { proofStorefront } from './proof/proof-storefront.ts';
import { getStorePage } from './proof/store-request.ts';

const settings = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 32),
  durationSeconds: Number(process.env.BENCH_DURATION ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP ?? 3),
  /** Longer than autocannon's 10 s: a slow page should show as a slow time, not as no data. */
  timeoutSeconds: Number(process.env.BENCH_TIMEOUT ?? 30),
  /** The same store and product as `pnpm bench`'s productBySlug scenario. */
  store: 'demo-store',
  productPath: '/products/cast-iron-skillet',
  /** apps/storefront/public/bench.txt: served by Next's static file handler, no rendering. */
  staticPath: '/bench.txt',
};

const log = (line: string) => {
  console.log(`[bench:storefront] ${line}`);
};

interface Side {
  name: string;
  path: string;
  result: LoadResult;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function formatTable(sides: readonly Side[]): string {
  const header = [
    'side',
    'path',
    'req/s',
    'TTFB p50',
    'TTFB p95',
    'TTFB p99',
    'full p50',
    'full p95',
    'non-2xx',
    'errors',
  ];
  const lines = sides.map(({ name, path, result }) => [
    name,
    path,
    result.requestsPerSecond.toFixed(0),
    ms(result.ttfb.p50),
    ms(result.ttfb.p95),
    ms(result.ttfb.p99),
    ms(result.p50),
    ms(result.p95),
    String(result.non2xx),
    String(result.errors),
  ]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...lines].map((cells) => cells[i]?.length ?? 0)),
  );
  const row = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}

async function measure(request: LoadRequest): Promise<LoadResult> {
  await runLoad({ ...request, durationSeconds: settings.warmupSeconds });
  return runLoad(request);
}

async function main(): Promise<number> {
  log(
    `${String(availableParallelism())} CPUs, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}, node ${process.version}`,
  );
  const storefront = await proofStorefront(log);
  try {
    const host = `${settings.store}.localhost:${String(storefront.port)}`;
    const origin = `http://127.0.0.1:${String(storefront.port)}`;
    // Both must answer 200 before their speed means anything.
    for (const path of [settings.productPath, settings.staticPath]) {
      const answer = await getStorePage(storefront.port, settings.store, path);
      if (answer.status !== 200) {
        throw new Error(`${path} answered ${String(answer.status)}: ${answer.body.slice(0, 300)}`);
      }
    }

    const sides: Side[] = [];
    for (const [name, path] of [
      ['product page', settings.productPath],
      ['static file', settings.staticPath],
    ] as const) {
      log(`${name} (${path})...`);
      const result = await measure({
        url: `${origin}${path}`,
        headers: { host },
        connections: settings.connections,
        durationSeconds: settings.durationSeconds,
        timeoutSeconds: settings.timeoutSeconds,
      });
      sides.push({ name, path, result });
    }

    console.log(
      `\n${String(settings.connections)} connections, ${String(settings.durationSeconds)} s per run after ${String(settings.warmupSeconds)} s of warm-up, ${storefront.description}, store ${settings.store}\n`,
    );
    console.log(formatTable(sides));
    const [page, file] = sides;
    if (page !== undefined && file !== undefined) {
      const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a');
      console.log(
        `\nproduct page / static file, TTFB: p50 ${ratio(page.result.ttfb.p50, file.result.ttfb.p50)}, p95 ${ratio(page.result.ttfb.p95, file.result.ttfb.p95)}`,
      );
    }
    // No completed request at all is a failure too: nothing was measured.
    const failed = sides.filter(
      (side) => side.result.requests === 0 || side.result.non2xx + side.result.errors > 0,
    );
    if (failed.length > 0) {
      console.error(
        `\n[bench:storefront] failed requests in: ${failed.map((side) => side.name).join(', ')}`,
      );
      return 1;
    }
    return 0;
  } finally {
    await storefront.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[bench:storefront] failed:', error);
    process.exit(1);
  },
);
