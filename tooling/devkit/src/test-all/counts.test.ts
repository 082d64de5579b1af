import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCounts, formatClosingLine } from './counts';
import { countsFromPlaywrightReport } from './playwright-counts';
import { sumReports } from './read-reports';
import { countsFromVitestReport } from './vitest-counts';

/** Trimmed from real vitest 4 `--reporter=json` output. */
function vitestReport(overrides: Record<string, unknown> = {}) {
  return {
    numTotalTestSuites: 4,
    numPassedTestSuites: 4,
    numFailedTestSuites: 0,
    numPendingTestSuites: 0,
    numTotalTests: 12,
    numPassedTests: 10,
    numFailedTests: 1,
    numPendingTests: 1,
    numTodoTests: 0,
    success: false,
    testResults: [
      {
        name: '/repo/a.test.ts',
        status: 'failed',
        message: '',
        assertionResults: [{ status: 'passed' }, { status: 'failed' }],
      },
    ],
    ...overrides,
  };
}

/** Trimmed from real Playwright 1.65 JSON reporter output. */
function playwrightReport(stats: Record<string, number>, errors: unknown[] = []) {
  return {
    config: {},
    suites: [],
    errors,
    stats: {
      startTime: '2026-11-21T23:54:16.206Z',
      duration: 46.3,
      expected: 0,
      skipped: 0,
      unexpected: 0,
      flaky: 0,
      ...stats,
    },
  };
}

describe('closing line', () => {
  it('has the exact `N passed, M failed` form, adding skipped only when there are any', () => {
    expect(formatClosingLine({ passed: 120, failed: 0, skipped: 0 })).toBe('120 passed, 0 failed');
    expect(formatClosingLine({ passed: 3, failed: 2, skipped: 4 })).toBe(
      '3 passed, 2 failed, 4 skipped',
    );
  });
});

describe('countsFromVitestReport', () => {
  it('takes passed, failed and pending plus todo as skipped', () => {
    expect(countsFromVitestReport(vitestReport({ numTodoTests: 2 }))).toEqual({
      passed: 10,
      failed: 1,
      skipped: 3,
    });
  });

  it('counts a test file that failed without a failing test (import error) as a failure', () => {
    const report = vitestReport({
      numFailedTests: 0,
      testResults: [
        {
          name: '/repo/broken.test.ts',
          status: 'failed',
          message: 'Cannot find module',
          assertionResults: [],
        },
      ],
    });
    expect(countsFromVitestReport(report).failed).toBe(1);
  });

  it('counts a package whose run failed with no tests at all (No test files found) as one failure', () => {
    const report = vitestReport({
      numTotalTests: 0,
      numPassedTests: 0,
      numFailedTests: 0,
      numPendingTests: 0,
      success: false,
      testResults: [],
    });
    expect(countsFromVitestReport(report)).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(countsFromVitestReport({ ...report, success: true })).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
    });
  });

  it('rejects something that is not a vitest report', () => {
    expect(() => countsFromVitestReport({ stats: {} })).toThrow('not a vitest JSON report');
  });
});

describe('countsFromPlaywrightReport', () => {
  it('counts flaky tests (passed on retry) as passed', () => {
    expect(
      countsFromPlaywrightReport(
        playwrightReport({ expected: 5, flaky: 1, unexpected: 2, skipped: 1 }),
      ),
    ).toEqual({
      passed: 6,
      failed: 2,
      skipped: 1,
    });
  });

  it('counts a global error such as a webServer that never started as one failure', () => {
    expect(
      countsFromPlaywrightReport(
        playwrightReport({}, [{ message: 'Timed out waiting 360000ms from config.webServer.' }]),
      ).failed,
    ).toBe(1);
  });
});

describe('sumReports', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('sums one report per package and all three stages into the closing line', async () => {
    dir = await mkdtemp(join(tmpdir(), 'devkit-reports-'));
    await writeFile(join(dir, 'packages-db.json'), JSON.stringify(vitestReport()));
    await writeFile(
      join(dir, 'packages-api.json'),
      JSON.stringify(
        vitestReport({
          numPassedTests: 5,
          numFailedTests: 0,
          numPendingTests: 0,
          success: true,
          testResults: [],
        }),
      ),
    );
    await writeFile(join(dir, 'notes.txt'), 'ignored');
    const unit = await sumReports(dir, countsFromVitestReport);
    expect(unit).toEqual({ files: 2, counts: { passed: 15, failed: 1, skipped: 1 } });

    const e2e = countsFromPlaywrightReport(playwrightReport({ expected: 6, skipped: 2 }));
    expect(formatClosingLine(addCounts(unit.counts, e2e))).toBe('21 passed, 1 failed, 3 skipped');
  });

  it('treats a missing directory as no reports', async () => {
    expect(
      await sumReports(join(tmpdir(), 'does-not-exist-devkit'), countsFromVitestReport),
    ).toEqual({
      files: 0,
      counts: { passed: 0, failed: 0, skipped: 0 },
    });
  });
});
