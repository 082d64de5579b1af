export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export const zeroCounts: Counts = { passed: 0, failed: 0, skipped: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
  };
}

/** The last line of `pnpm test`: `N passed, M failed` plus `, K skipped` when there are any. */
export function formatClosingLine(counts: Counts): string {
  const line = `${String(counts.passed)} passed, ${String(counts.failed)} failed`;
  return counts.skipped > 0 ? `${line}, ${String(counts.skipped)} skipped` : line;
}
