import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { findFreePort } from '@storeloom/db/embedded';

export interface Chromium {
  /** The DevTools port Lighthouse drives it through. */
  port: number;
  close: () => Promise<void>;
}

/** Debian's chromium with the flags every browser run on this project uses (docs: BRIEF §6). */
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--no-default-browser-check',
];

async function waitForDevTools(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${String(port)}/json/version`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline)
      throw new Error(`Chromium's DevTools did not answer on ${String(port)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Starts headless Chromium with a fresh profile (no cache carried between runs' browsers). */
export async function launchChromium(): Promise<Chromium> {
  const port = await findFreePort();
  const profile = await mkdtemp(join(tmpdir(), 'storeloom-lighthouse-'));
  const child = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      ...FLAGS,
      `--remote-debugging-port=${String(port)}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForDevTools(port, 30_000);
  return {
    port,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}
