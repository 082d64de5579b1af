// `pnpm test`: unit, integration, then end-to-end tests, stopping at the first failing stage.
// Ends with one plain line, `N passed, M failed[, K skipped]`, summed over every stage.
import { mkdir, rm } from 'node:fs/promises';
import { repoRoot } from './lib/repo-root';
import { formatDuration } from './lib/log';
import { addCounts, formatClosingLine, zeroCounts, type Counts } from './test-all/counts';
import { sumReports } from './test-all/read-reports';
import { runCommand } from './test-all/run-command';
import { selectStages, testStages, type Stage } from './test-all/stages';
import { resultsDirVariable } from './test-all/vitest-json-reporter';

interface StageResult {
  stage: Stage;
  code: number;
  counts: Counts;
  ms: number;
}

async function runStage(stage: Stage): Promise<StageResult> {
  await rm(stage.reportDir, { recursive: true, force: true });
  await mkdir(stage.reportDir, { recursive: true });
  console.log(`\n[test] ▶ ${stage.label}: ${stage.display}`);
  const started = performance.now();
  const code = await runCommand(stage.command, stage.args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      [resultsDirVariable]: stage.reportDir,
      TURBO_TELEMETRY_DISABLED: '1',
      TURBO_NO_UPDATE_NOTIFIER: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  const ms = performance.now() - started;
  let { counts } = await sumReports(stage.reportDir, stage.parse);
  // A stage that failed before any report said so (a crash, a type error in a config) still failed.
  if (code !== 0 && counts.failed === 0) counts = { ...counts, failed: counts.failed + 1 };
  const mark = code === 0 ? '✓' : '✗';
  console.log(
    `[test] ${mark} ${stage.label}: ${formatClosingLine(counts)} (${formatDuration(ms)})`,
  );
  return { stage, code, counts, ms };
}

async function main(): Promise<number> {
  const stages = selectStages(testStages(), process.env.STORELOOM_TEST_STAGES);
  const started = performance.now();
  let total: Counts = zeroCounts;
  let exitCode = 0;
  for (const [index, stage] of stages.entries()) {
    const result = await runStage(stage);
    total = addCounts(total, result.counts);
    if (result.code !== 0) {
      const skipped = stages.slice(index + 1).map((s) => s.label);
      console.error(
        `[test] ✗ ${stage.label} failed (exit code ${String(result.code)})` +
          (skipped.length > 0 ? `; not running ${skipped.join(' and ')}` : ''),
      );
      exitCode = 1;
      break;
    }
  }
  console.log(
    `[test] total time ${formatDuration(performance.now() - started)}${process.env.CI === 'true' ? ' (CI)' : ''}`,
  );
  console.log(formatClosingLine(total));
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[test] ✗ ${err instanceof Error ? err.message : String(err)}`);
    console.log(formatClosingLine({ passed: 0, failed: 1, skipped: 0 }));
    process.exit(1);
  },
);
