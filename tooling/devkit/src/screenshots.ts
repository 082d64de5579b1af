// `pnpm screenshots`: home, a product, the cart and checkout of every demo store, from a
// production build, into docs/screenshots/ (see docs/storefront/theme.md).
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { DEMO_STORES } from '@storeloom/auth/demo-accounts';
import { loadDotEnv, runEntry } from './lib/entry';
import { logStep } from './lib/log';
import { repoRoot } from './lib/repo-root';
import { captureStore } from './screenshots/capture-store';

const outDir = join(repoRoot, 'docs', 'screenshots');

/** Debian's chromium with the flags every browser run here uses (tooling/playwright). */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

runEntry(async (lifecycle) => {
  await loadDotEnv();
  delete process.env.DATABASE_URL;
  delete process.env.DATABASE_MIGRATION_URL;
  const { runningProofStorefront, startProofStorefront } = await import('./lib/proof-storefront');
  const storefront = runningProofStorefront(process.env) ?? (await startProofStorefront(lifecycle));

  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  lifecycle.onStop(() => browser.close());
  for (const store of DEMO_STORES) {
    const started = performance.now();
    const captures = await captureStore(browser, {
      slug: store.slug,
      storeUrl: storefront.storeUrl(store.slug),
      outDir,
    });
    const sizes = captures
      .map(
        (capture) =>
          `${relative(repoRoot, capture.file)} (${String(Math.round(capture.bytes / 1024))} KB)`,
      )
      .join(', ');
    logStep(`screenshots ${store.slug}: ${sizes}`, performance.now() - started);
  }
  // Stops the browser, the storefront and its database.
  return 0;
});
