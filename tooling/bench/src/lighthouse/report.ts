import type { PageAudit, Preset } from './audit-page.ts';

export interface AuditRow {
  store: string;
  page: string;
  path: string;
  preset: Preset;
  audit: PageAudit;
  /** Performance score of every run, the reported one among them. */
  runs: number[];
}

/** The bar from the brief: performance ≥ 90 and accessibility ≥ 95. */
export function meetsBar(audit: PageAudit): boolean {
  return audit.scores.performance >= 90 && audit.scores.accessibility >= 95;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function formatAudits(rows: readonly AuditRow[]): string {
  const header = [
    'store',
    'page',
    'preset',
    'perf',
    'a11y',
    'b.p.',
    'seo',
    'FCP',
    'LCP',
    'TBT',
    'CLS',
    'cpu',
    'perf runs',
    'bar',
  ];
  const lines = rows.map(({ store, page, preset, audit, runs }) => [
    store,
    page,
    preset,
    String(audit.scores.performance),
    String(audit.scores.accessibility),
    String(audit.scores['best-practices']),
    String(audit.scores.seo),
    seconds(audit.metrics.fcp),
    seconds(audit.metrics.lcp),
    `${audit.metrics.tbt.toFixed(0)} ms`,
    audit.metrics.cls.toFixed(3),
    audit.benchmarkIndex.toFixed(0),
    runs.join(' '),
    meetsBar(audit) ? 'met' : 'MISSED',
  ]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...lines].map((cells) => cells[i]?.length ?? 0)),
  );
  const row = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}
