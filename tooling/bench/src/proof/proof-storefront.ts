import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A production storefront serving the demo seed; see tooling/devkit/src/proof-server.ts. */
export interface ProofStorefront {
  port: number;
  /** For the printed results: which server was measured. */
  description: string;
  /** `http://<slug>.localhost:<port>`: what a browser opens (Chromium resolves *.localhost). */
  storeUrl: (slug: string) => string;
  stop: () => Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
/** The line the proof server prints once it answers (tooling/devkit/src/proof-server.ts). */
const READY = /^STOREFRONT_PROOF_PORT=(\d+)$/;
const STOP_GRACE_MS = 30_000;

function storeUrlFor(port: number) {
  return (slug: string) => `http://${slug}.localhost:${String(port)}`;
}

/**
 * The storefront to measure: the one on `STOREFRONT_PROOF_PORT` when set (a running
 * `pnpm proof-server`, or `STORELOOM_APPS_MODE=prod pnpm start`), else a new proof server
 * (production build, throwaway seeded database) that `stop()` shuts down again.
 */
export async function proofStorefront(log: (line: string) => void): Promise<ProofStorefront> {
  const given = process.env.STOREFRONT_PROOF_PORT;
  if (given !== undefined && given !== '') {
    const port = Number(given);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`STOREFRONT_PROOF_PORT must be a port number, got "${given}"`);
    }
    log(`using the storefront on port ${given} (STOREFRONT_PROOF_PORT)`);
    return {
      port,
      description: `the storefront on port ${given} (STOREFRONT_PROOF_PORT)`,
      storeUrl: storeUrlFor(port),
      stop: () => Promise.resolve(),
    };
  }

  log('starting a production storefront (pnpm proof-server): build, database, seed...');
  // The devkit's own tsx, as the Playwright config runs the e2e server.
  const child = spawn(
    join(repoRoot, 'tooling/devkit/node_modules/.bin/tsx'),
    [join(repoRoot, 'tooling/devkit/src/proof-server.ts')],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve(String(code ?? signal));
    });
  });
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const ready = READY.exec(line);
      if (ready?.[1] !== undefined) resolve(Number(ready[1]));
      else console.log(`  ${line}`);
    });
    void exited.then((result) => {
      reject(new Error(`the proof server stopped before it was ready (${result})`));
    });
  });
  // Ctrl+C reaches the server too (same process group); this covers ordinary ends and errors.
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  return {
    port,
    description: 'next start (production build), throwaway database with the demo seed',
    storeUrl: storeUrlFor(port),
    stop,
  };
}
