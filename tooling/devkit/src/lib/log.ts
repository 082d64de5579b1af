/** Human durations: 850ms, 4.2s, 1m 05s. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
}

const prefix = '[devkit]';

/** One line per step, with how long it took, so slow steps are obvious at a glance. */
export function logStep(message: string, ms?: number): void {
  console.log(`${prefix} ✓ ${message}${ms === undefined ? '' : ` (${formatDuration(ms)})`}`);
}

export function logInfo(message: string): void {
  console.log(`${prefix}   ${message}`);
}

export function logWarning(message: string): void {
  console.log(`${prefix} ! ${message}`);
}

/** Failures go to stderr as exactly one line. */
export function logFailure(message: string): void {
  console.error(`${prefix} ✗ ${message}`);
}

/** Runs `fn` and returns its value with the elapsed milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}
