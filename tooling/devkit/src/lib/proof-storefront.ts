import { findFreePort } from '@storeloom/db/embedded';
import { appSpec } from './apps';
import type { Lifecycle } from './lifecycle';
import { parsePort, readSettings } from './settings';
import { throwawayProductionSecrets } from './throwaway-secrets';

/** A production storefront serving the seeded demo stores, for the proof scripts to measure. */
export interface ProofStorefront {
  port: number;
  /** `http://<slug>.localhost:<port>`: Chromium resolves every *.localhost name itself. */
  storeUrl: (slug: string) => string;
  /** Settles if the server process ends before the caller is done with it. */
  exited: Promise<string>;
}

/** Its own build directory, so it never fights `pnpm start` or the e2e server's build. */
export const PROOF_DIST_DIR = '.next-proof';

export function proofStoreUrl(port: number): (slug: string) => string {
  return (slug) => `http://${slug}.localhost:${String(port)}`;
}

/**
 * `STOREFRONT_PROOF_PORT`: a production storefront already serving the demo seed on this
 * machine (`STORELOOM_APPS_MODE=prod pnpm start`, or `pnpm proof-server`) is used as it is.
 */
export function runningProofStorefront(env: NodeJS.ProcessEnv): ProofStorefront | null {
  if (env.STOREFRONT_PROOF_PORT === undefined || env.STOREFRONT_PROOF_PORT === '') return null;
  const port = parsePort('STOREFRONT_PROOF_PORT', env.STOREFRONT_PROOF_PORT, 0);
  return { port, storeUrl: proofStoreUrl(port), exited: new Promise(() => undefined) };
}

/**
 * Builds (`next build`, a few minutes on two cores) and starts the storefront alone, in
 * production mode, over a throwaway database seeded with the demo stores: the configuration
 * Lighthouse, the TTFB benchmark and the screenshots are meant to describe. Everything stops
 * with `lifecycle`. `STORELOOM_PROOF_REUSE_BUILD=1` skips the build when one exists.
 */
export async function startProofStorefront(lifecycle: Lifecycle): Promise<ProofStorefront> {
  const settings = readSettings(process.env, {
    modeVariable: 'STORELOOM_PROOF_MODE',
    defaultMode: 'prod',
  });
  const port = parsePort(
    'STORELOOM_PROOF_PORT',
    process.env.STORELOOM_PROOF_PORT,
    await findFreePort(),
  );
  // Imported only now, as in start.ts: the db package reads its environment when first imported.
  const { bringUpPlatform } = await import('./bring-up');
  const up = await bringUpPlatform({
    settings: { ...settings, seed: true, apps: [appSpec('storefront', port)] },
    database: 'throwaway',
    lifecycle,
    reuseBuild: process.env.STORELOOM_PROOF_REUSE_BUILD === '1',
    appEnv: {
      STORELOOM_NEXT_DIST_DIR: PROOF_DIST_DIR,
      ...throwawayProductionSecrets(),
    },
  });
  return {
    port,
    storeUrl: proofStoreUrl(port),
    exited: up.firstExit.then(({ result }) => String(result)),
  };
}
