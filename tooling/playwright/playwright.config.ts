import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { e2ePorts, healthCheckUrl, type E2eApp } from '../../e2e/fixtures/urls';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';

/** Debian's chromium (apt), never a downloaded browser: `playwright install` needs the internet. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const apps = Object.keys(e2ePorts) as E2eApp[];
const [firstApp, ...otherApps] = apps;

/** The first entry starts the one process that serves all four apps; the others only wait. */
// devkit's own tsx, not `pnpm`: the config must work whether or not pnpm is on PATH.
const serverCommand = 'tooling/devkit/node_modules/.bin/tsx tooling/devkit/src/e2e-server.ts';
const waitOnly = `node -e "setInterval(() => {}, 1 << 30)"`;
const serverTimeoutMs = 360_000;

export default defineConfig({
  testDir: join(repoRoot, 'e2e'),
  // Lets specs under e2e/ (outside any package) import @playwright/test via its paths.
  tsconfig: join(here, 'tsconfig.json'),
  outputDir: join(repoRoot, '.data', 'test-results', 'e2e-artifacts'),
  fullyParallel: false,
  // 2 cores run four Next.js servers and the browser; more workers only add flakiness.
  workers: 1,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    [ci ? 'line' : 'list'],
    // Read by `pnpm test` for the closing totals; the path must match tooling/devkit/src/test-all/stages.ts.
    ['json', { outputFile: join(repoRoot, '.data', 'test-results', 'e2e', 'playwright.json') }],
  ],
  use: {
    trace: 'on-first-retry',
    // First requests to `next dev` compile the route.
    navigationTimeout: 45_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: [
    {
      command: serverCommand,
      cwd: repoRoot,
      url: healthCheckUrl(firstApp ?? 'storefront'),
      env: {
        STORELOOM_STOREFRONT_PORT: String(e2ePorts.storefront),
        STORELOOM_ADMIN_PORT: String(e2ePorts.admin),
        STORELOOM_BUILDER_PORT: String(e2ePorts.builder),
        STORELOOM_PLATFORM_PORT: String(e2ePorts.platform),
      },
      reuseExistingServer: !ci,
      timeout: serverTimeoutMs,
      stdout: 'pipe',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
    ...otherApps.map((app) => ({
      command: waitOnly,
      url: healthCheckUrl(app),
      reuseExistingServer: true,
      timeout: serverTimeoutMs,
    })),
  ],
});
