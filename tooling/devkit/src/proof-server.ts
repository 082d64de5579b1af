// `pnpm proof-server`: the production storefront over a throwaway, seeded database, for running
// the proof scripts (`pnpm lighthouse`, `pnpm bench:storefront`, `pnpm screenshots`) against one
// build: start this, then run them with STOREFRONT_PROOF_PORT=<the port it prints>.
// Each of those scripts starts one by itself when STOREFRONT_PROOF_PORT is not set.
import { loadDotEnv, runEntry } from './lib/entry';
import { logFailure } from './lib/log';

/** The line the proof scripts wait for when they start this server themselves (tooling/bench/src/proof/proof-storefront.ts). */
const READY_PREFIX = 'STOREFRONT_PROOF_PORT=';

runEntry(async (lifecycle) => {
  await loadDotEnv();
  // Always its own database: an operator's DATABASE_URL must not receive the demo seed.
  delete process.env.DATABASE_URL;
  delete process.env.DATABASE_MIGRATION_URL;
  const { startProofStorefront } = await import('./lib/proof-storefront');
  const storefront = await startProofStorefront(lifecycle);
  console.log(`[devkit] production storefront ready: ${storefront.storeUrl('demo-store')}/`);
  console.log(`${READY_PREFIX}${String(storefront.port)}`);
  const result = await storefront.exited;
  if (lifecycle.isStopping()) return undefined;
  logFailure(`the storefront exited unexpectedly (${result})`);
  return 1;
});
