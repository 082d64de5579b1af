import type { Counts } from './counts';

/**
 * Counts from Playwright's JSON reporter. `flaky` tests passed on retry, so they count as
 * passed; errors outside any test (a webServer that never came up) count as one failure.
 */
export function countsFromPlaywrightReport(report: unknown): Counts {
  if (typeof report !== 'object' || report === null)
    throw new Error('not a Playwright JSON report');
  const { stats, errors } = report as { stats?: unknown; errors?: unknown };
  if (typeof stats !== 'object' || stats === null)
    throw new Error('not a Playwright JSON report (no stats)');
  const s = stats as Record<string, unknown>;
  const n = (key: string) => (typeof s[key] === 'number' ? s[key] : 0);
  const globalErrors = Array.isArray(errors) && errors.length > 0 && n('unexpected') === 0 ? 1 : 0;
  return {
    passed: n('expected') + n('flaky'),
    failed: n('unexpected') + globalErrors,
    skipped: n('skipped'),
  };
}
