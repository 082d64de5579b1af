import { DevkitError } from './errors';
import { formatDuration } from './log';

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Stops waiting early (for example when the app process has exited). */
  signal?: AbortSignal;
}

async function probe(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    await response.body?.cancel();
    return response.status === 200 ? 'ok' : `HTTP ${String(response.status)}`;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Polls `url` until it answers 200. In dev mode the first request also compiles the route,
 * so this doubles as a warm-up for the person about to open the app.
 */
export async function waitForHttpOk(
  name: string,
  url: string,
  options: WaitOptions,
): Promise<void> {
  const deadline = performance.now() + options.timeoutMs;
  let last = 'no answer';
  while (performance.now() < deadline) {
    if (options.signal?.aborted === true)
      throw new DevkitError(`${name} stopped before it answered ${url}`);
    last = await probe(url);
    if (last === 'ok') return;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 500));
  }
  throw new DevkitError(
    `${name} did not answer ${url} within ${formatDuration(options.timeoutMs)} (last: ${last})`,
  );
}
