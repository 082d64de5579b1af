import type { Counts } from './counts';

function numberAt(report: Record<string, unknown>, key: string): number {
  const value = report[key];
  return typeof value === 'number' ? value : 0;
}

interface FileResult {
  status?: unknown;
  assertionResults?: unknown;
}

/** A file that failed without a failing test (syntax error, failing hook) counts as one failure. */
function filesFailedOutsideTests(report: Record<string, unknown>): number {
  const files = Array.isArray(report.testResults) ? (report.testResults as FileResult[]) : [];
  return files.filter((file) => {
    if (file.status !== 'failed') return false;
    const assertions = Array.isArray(file.assertionResults)
      ? (file.assertionResults as { status?: unknown }[])
      : [];
    return !assertions.some((assertion) => assertion.status === 'failed');
  }).length;
}

/** Counts from a report written by vitest's JSON reporter. */
export function countsFromVitestReport(report: unknown): Counts {
  if (typeof report !== 'object' || report === null) throw new Error('not a vitest JSON report');
  const r = report as Record<string, unknown>;
  if (typeof r.numTotalTests !== 'number')
    throw new Error('not a vitest JSON report (no numTotalTests)');
  const failed = numberAt(r, 'numFailedTests') + filesFailedOutsideTests(r);
  return {
    passed: numberAt(r, 'numPassedTests'),
    // vitest also fails a run with no failing test, e.g. "No test files found": one failure.
    failed: failed === 0 && r.success === false ? 1 : failed,
    skipped: numberAt(r, 'numPendingTests') + numberAt(r, 'numTodoTests'),
  };
}
