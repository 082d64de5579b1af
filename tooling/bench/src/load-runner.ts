// Child process of load.ts: runs one autocannon load and sends back the figures.
import autocannon from 'autocannon';

import type { LoadRequest, LoadResult } from './load.ts';

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

/**
 * autocannon times whole responses; a streamed page's first byte comes much earlier. Each
 * client sends one request at a time (no pipelining), so the time from its `request` event to
 * its `headers` event is that request's time to first byte.
 */
function recordTtfb(client: autocannon.Client, samples: number[]): void {
  let sentAt = 0;
  // Upcast: the typings list only some of the client's events.
  const emitter: NodeJS.EventEmitter = client;
  emitter.on('request', () => {
    sentAt = performance.now();
  });
  emitter.on('headers', () => {
    samples.push(performance.now() - sentAt);
  });
}

function run(request: LoadRequest): Promise<LoadResult> {
  // autocannon's own percentiles skip p95, so every response's latency is kept.
  const latencies: number[] = [];
  const ttfbs: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        headers: request.headers,
        connections: request.connections,
        duration: request.durationSeconds,
        ...(request.timeoutSeconds === undefined ? {} : { timeout: request.timeoutSeconds }),
        setupClient: (client) => {
          recordTtfb(client, ttfbs);
        },
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error('autocannon failed'));
          return;
        }
        latencies.sort((a, b) => a - b);
        ttfbs.sort((a, b) => a - b);
        resolve({
          requests: result.requests.total,
          requestsPerSecond: result.requests.total / result.duration,
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
          p99: percentile(latencies, 0.99),
          ttfb: {
            p50: percentile(ttfbs, 0.5),
            p95: percentile(ttfbs, 0.95),
            p99: percentile(ttfbs, 0.99),
          },
          non2xx: result.non2xx,
          errors: result.errors,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}

process.once('message', (message: LoadRequest) => {
  run(message).then(
    (result) => {
      process.send?.(result, () => process.exit(0));
    },
    (error: unknown) => {
      console.error('[bench] load failed:', error);
      process.exit(1);
    },
  );
});
