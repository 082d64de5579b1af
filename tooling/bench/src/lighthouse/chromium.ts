import { launch } from 'chrome-launcher';

export interface Chromium {
  /** The DevTools port Lighthouse drives it through. */
  port: number;
  close: () => Promise<void>;
}

/**
 * The project's usual browser flags (docs: BRIEF §6). chrome-launcher adds its own defaults on
 * top, the ones Lighthouse's CLI runs with: among them no renderer backgrounding and no timer
 * throttling, without which a headless tab's work is batched into longer tasks and Total
 * Blocking Time reads higher and more erratically than the page deserves.
 */
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** Starts headless Chromium with a fresh profile (chrome-launcher makes and deletes it). */
export async function launchChromium(): Promise<Chromium> {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: FLAGS,
    logLevel: 'error',
  });
  return {
    port: chrome.port,
    close: async () => {
      // kill() only signals; the next run's browser should not start beside this one.
      const running = chrome.process.exitCode === null && chrome.process.signalCode === null;
      const exited = new Promise<void>((resolve) => chrome.process.once('close', () => resolve()));
      chrome.kill();
      if (running) await exited;
    },
  };
}
