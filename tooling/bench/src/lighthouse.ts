// `pnpm lighthouse`: Lighthouse on the home, a category and a product page of two demo stores,
// mobile and desktop presets, against a production build. Prints a table and writes the
// results under .data/lighthouse/. See docs/performance.md, "Lighthouse".
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { auditPage, type PageAudit, type Preset } from './lighthouse/audit-page.ts';
import { launchChromium } from './lighthouse/chromium.ts';
import { formatAudits, meetsBar, type AuditRow } from './lighthouse/report.ts';
import { proofStorefront } from './proof/proof-storefront.ts';
import { firstLinks, getStorePage } from './proof/store-request.ts';

const list = (value: string | undefined, fallback: string[]) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean) ?? fallback;

const settings = {
  /** Two stores with different themes (fonts, colours): tech-gadgets follows the device, fashion-boutique serves Lora. */
  stores: list(process.env.LIGHTHOUSE_STORES, ['tech-gadgets', 'fashion-boutique']),
  presets: list(process.env.LIGHTHOUSE_PRESETS, ['mobile', 'desktop']).filter(
    (preset): preset is Preset => preset === 'mobile' || preset === 'desktop',
  ),
  /**
   * Runs per page and preset; the median run (by performance score) is reported. Five, as
   * Lighthouse's guidance on variability suggests: on a shared two-core machine single runs
   * spread by 20 points or more.
   */
  runs: Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5)),
  outRoot: join(
    process.env.STORELOOM_DATA_DIR ?? fileURLToPath(new URL('../../../.data', import.meta.url)),
    'lighthouse',
  ),
};

const log = (line: string) => {
  console.log(`[lighthouse] ${line}`);
};

interface Target {
  store: string;
  page: string;
  path: string;
}

/** Home, then the first category and product its page links to. */
async function targetsOf(port: number, store: string): Promise<Target[]> {
  const home = await getStorePage(port, store, '/');
  if (home.status !== 200)
    throw new Error(`${store}: the home page answered ${String(home.status)}`);
  const { category, product } = firstLinks(home.body);
  if (category === null || product === null) {
    throw new Error(`${store}: the home page links to no category or no product`);
  }
  const targets = [
    { store, page: 'home', path: '/' },
    { store, page: 'category', path: category },
    { store, page: 'product', path: product },
  ];
  // One request each first: Lighthouse should meet the server as shoppers do, warm.
  for (const target of targets) {
    const answer = await getStorePage(port, store, target.path);
    if (answer.status !== 200)
      throw new Error(`${store}${target.path} answered ${String(answer.status)}`);
  }
  return targets;
}

/** The run in the middle by performance score, as Lighthouse's own guidance suggests. */
function median(audits: PageAudit[]): PageAudit {
  const sorted = [...audits].sort((a, b) => a.scores.performance - b.scores.performance);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('No Lighthouse run to report');
  return middle;
}

/**
 * Each run gets a browser of its own, as Lighthouse's CLI does: one browser kept across dozens
 * of runs carries their leftovers (memory, compiled code, background work) into the next
 * measurement, which made runs slower and the spread wider.
 */
async function auditInFreshBrowser(url: string, preset: Preset): Promise<PageAudit> {
  const chromium = await launchChromium();
  try {
    return await auditPage(url, chromium.port, preset);
  } finally {
    await chromium.close();
  }
}

async function main(): Promise<number> {
  log(
    `${String(availableParallelism())} CPUs, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}, node ${process.version}`,
  );
  const storefront = await proofStorefront(log);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = join(settings.outRoot, stamp);
  await mkdir(outDir, { recursive: true });
  try {
    const rows: AuditRow[] = [];
    for (const store of settings.stores) {
      for (const target of await targetsOf(storefront.port, store)) {
        const url = `${storefront.storeUrl(store)}${target.path}`;
        for (const preset of settings.presets) {
          const runs: PageAudit[] = [];
          for (let run = 1; run <= settings.runs; run += 1) {
            log(
              `${store} ${target.page} ${preset} (run ${String(run)} of ${String(settings.runs)})`,
            );
            runs.push(await auditInFreshBrowser(url, preset));
          }
          const chosen = median(runs);
          rows.push({
            ...target,
            preset,
            audit: chosen,
            runs: runs.map((r) => r.scores.performance),
          });
          await writeFile(join(outDir, `${store}-${target.page}-${preset}.json`), chosen.report);
        }
      }
    }

    console.log(
      `\nLighthouse, median of ${String(settings.runs)} run(s) per page, ${storefront.description}\n`,
    );
    console.log(formatAudits(rows));
    const summary = rows.map(({ store, page, path, preset, audit, runs }) => ({
      store,
      page,
      path,
      preset,
      scores: audit.scores,
      metrics: audit.metrics,
      benchmarkIndex: audit.benchmarkIndex,
      performanceRuns: runs,
      meetsBar: meetsBar(audit),
    }));
    await writeFile(
      join(outDir, 'summary.json'),
      `${JSON.stringify(
        {
          server: storefront.description,
          runs: settings.runs,
          loadAverage: loadavg(),
          results: summary,
        },
        null,
        2,
      )}\n`,
    );
    log(`results in ${outDir}`);
    return 0;
  } finally {
    await storefront.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[lighthouse] failed:', error);
    process.exit(1);
  },
);
