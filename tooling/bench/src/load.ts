import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** autocannon counts a request unanswered after this long as an error; its default is 10 s. */
  timeoutSeconds?: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  /** Milliseconds, from every response's own latency. */
  p50: number;
  p95: number;
  p99: number;
  /** Time to first byte (request written → response headers in), milliseconds. */
  ttfb: { p50: number; p95: number; p99: number };
  non2xx: number;
  errors: number;
}

function isLoadResult(value: unknown): value is LoadResult {
  return typeof value === 'object' && value !== null && 'requestsPerSecond' in value;
}

/**
 * Drives `request.url` with autocannon in a child process, so generating the load does not
 * share an event loop with the servers under test.
 */
export function runLoad(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./load-runner.ts', import.meta.url)));
    child.once('message', (message: unknown) => {
      if (isLoadResult(message)) resolve(message);
      else reject(new Error(`The load runner answered ${JSON.stringify(message)}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The load runner exited with ${String(code)}`));
    });
    child.send(request);
  });
}
