import type { LoadResult } from './load.ts';

export interface ScenarioResult {
  name: string;
  /** The API as deployed: storefront reads served from the read cache after the first. */
  api: LoadResult;
  /** The same API with the read cache off: every request runs the query. */
  apiUncached: LoadResult;
  raw: LoadResult;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join('  ');
}

/** One line per scenario and side, with each API side's share of the raw throughput. */
export function formatResults(results: readonly ScenarioResult[]): string {
  const header = ['scenario', 'side', 'req/s', 'p50', 'p95', 'p99', 'non-2xx', 'errors', 'API/raw'];
  const lines = results.flatMap(({ name, api, apiUncached, raw }) =>
    (
      [
        ['api', api],
        ['api, no cache', apiUncached],
        ['raw', raw],
      ] as const
    ).map(([side, result]) => [
      side === 'api' ? name : '',
      side,
      result.requestsPerSecond.toFixed(0),
      ms(result.p50),
      ms(result.p95),
      ms(result.p99),
      String(result.non2xx),
      String(result.errors),
      side === 'raw'
        ? ''
        : `${((result.requestsPerSecond / raw.requestsPerSecond) * 100).toFixed(0)}%`,
    ]),
  );
  const widths = header.map((_, i) =>
    Math.max(...[header, ...lines].map((cells) => cells[i]?.length ?? 0)),
  );
  return [
    row(header, widths),
    row(
      widths.map((w) => '-'.repeat(w)),
      widths,
    ),
    ...lines.map((cells) => row(cells, widths)),
  ].join('\n');
}
