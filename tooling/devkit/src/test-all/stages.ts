import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../lib/repo-root';
import type { Counts } from './counts';
import { countsFromPlaywrightReport } from './playwright-counts';
import { countsFromVitestReport } from './vitest-counts';

export const stageIds = ['unit', 'int', 'e2e'] as const;
export type StageId = (typeof stageIds)[number];

export interface Stage {
  id: StageId;
  label: string;
  command: string;
  args: string[];
  /** Shown before the stage runs, as a person would type it. */
  display: string;
  reportDir: string;
  parse: (report: unknown) => Counts;
}

export const resultsRoot = join(repoRoot, '.data', 'test-results');

const reporterPath = fileURLToPath(new URL('./vitest-json-reporter.ts', import.meta.url));
/** Keeps vitest's usual terminal output and adds the per-package JSON file the totals come from. */
const vitestReporterArgs = ['--reporter=default', `--reporter=${reporterPath}`];

const turbo = join(repoRoot, 'node_modules', '.bin', 'turbo');

function turboDefines(task: string): boolean {
  const config = JSON.parse(readFileSync(join(repoRoot, 'turbo.json'), 'utf8')) as {
    tasks?: Record<string, unknown>;
  };
  return config.tasks?.[task] !== undefined;
}

/**
 * Integration tests run one package at a time: each starts its own embedded PostgreSQL, and
 * two at once would fight over a 2-core machine. turbo only runs tasks turbo.json declares,
 * so until `test:int` is declared there, pnpm runs it with the same ordering guarantee.
 */
function integrationCommand(): Pick<Stage, 'command' | 'args' | 'display'> {
  if (turboDefines('test:int')) {
    return {
      command: turbo,
      args: [
        'run',
        'test:int',
        '--concurrency=1',
        '--continue',
        '--ui=stream',
        '--',
        ...vitestReporterArgs,
      ],
      display: 'turbo run test:int --concurrency=1',
    };
  }
  // pnpm sets npm_execpath for scripts; run that same pnpm rather than whatever is on PATH.
  const pnpm = process.env.npm_execpath;
  const command = pnpm === undefined ? 'pnpm' : process.execPath;
  const pnpmArgs = pnpm === undefined ? [] : [pnpm];
  return {
    command,
    args: [
      ...pnpmArgs,
      '-r',
      '--workspace-concurrency=1',
      '--no-bail',
      'run',
      'test:int',
      ...vitestReporterArgs,
    ],
    display: 'pnpm -r --workspace-concurrency=1 run test:int (turbo.json has no test:int task)',
  };
}

export function testStages(): Stage[] {
  return [
    {
      id: 'unit',
      label: 'unit tests',
      command: turbo,
      // --continue: one failing package should not hide the results of the others in the same stage.
      args: ['run', 'test', '--continue', '--ui=stream', '--', ...vitestReporterArgs],
      display: 'turbo run test',
      reportDir: join(resultsRoot, 'unit'),
      parse: countsFromVitestReport,
    },
    {
      id: 'int',
      label: 'integration tests',
      ...integrationCommand(),
      reportDir: join(resultsRoot, 'int'),
      parse: countsFromVitestReport,
    },
    {
      id: 'e2e',
      label: 'end-to-end tests',
      command: join(repoRoot, 'tooling', 'playwright', 'node_modules', '.bin', 'playwright'),
      args: ['test', '--config', 'tooling/playwright/playwright.config.ts'],
      display: 'playwright test --config tooling/playwright/playwright.config.ts',
      // Must match the JSON reporter's outputFile in tooling/playwright/playwright.config.ts.
      reportDir: join(resultsRoot, 'e2e'),
      parse: countsFromPlaywrightReport,
    },
  ];
}

/**
 * STORELOOM_TEST_STAGES=e2e (or "unit,int") runs a subset, for iterating on one layer;
 * unset runs all three, which is what CI does.
 */
export function selectStages(all: Stage[], selection: string | undefined): Stage[] {
  const wanted = (selection ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (wanted.length === 0) return all;
  const unknown = wanted.filter((id) => !stageIds.includes(id as StageId));
  if (unknown.length > 0) {
    throw new Error(
      `STORELOOM_TEST_STAGES: unknown stage ${unknown.join(', ')} (use ${stageIds.join(', ')})`,
    );
  }
  return all.filter((stage) => wanted.includes(stage.id));
}
