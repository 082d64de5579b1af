import lighthouse, { desktopConfig } from 'lighthouse';

export type Preset = 'mobile' | 'desktop';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The lab metrics behind the performance score, milliseconds (CLS: unitless). */
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;
export type Metric = keyof typeof METRICS;

export interface PageAudit {
  url: string;
  preset: Preset;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
  /**
   * Lighthouse's measure of how fast this machine's CPU was during the run (higher is faster;
   * a desktop of 2020 scores about 1500). Its mobile preset slows the CPU 4× from whatever this
   * is, so a run on a momentarily slow machine scores a slower phone.
   */
  benchmarkIndex: number;
  /** The full Lighthouse result, for the JSON written under .data/. */
  report: string;
}

/**
 * One Lighthouse navigation of `url` in the Chromium on `port`. Mobile is Lighthouse's default
 * (a mid-range phone on slow 4G, simulated); desktop is its desktop preset.
 */
export async function auditPage(url: string, port: number, preset: Preset): Promise<PageAudit> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError !== undefined) {
    throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  }
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    url,
    preset,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics: {
      fcp: metric(METRICS.fcp),
      lcp: metric(METRICS.lcp),
      tbt: metric(METRICS.tbt),
      cls: metric(METRICS.cls),
      si: metric(METRICS.si),
    },
    benchmarkIndex: lhr.environment.benchmarkIndex,
    report: typeof result.report === 'string' ? result.report : JSON.stringify(lhr),
  };
}
