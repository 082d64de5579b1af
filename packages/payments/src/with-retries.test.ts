import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import {
  backoffMs,
  fetchWithRetries,
  RetriesExhaustedError,
  retryAfterMs,
} from './with-retries.ts';

type Answer = { status: number; headers?: Record<string, string>; delayMs?: number };

let server: Server | undefined;

/** A server answering each request with the next scripted answer (the last one repeats). */
async function scripted(answers: Answer[]) {
  let hits = 0;
  server = createServer((request, response) => {
    const answer = answers[Math.min(hits, answers.length - 1)] ?? { status: 200 };
    hits += 1;
    request.resume();
    setTimeout(() => {
      if (response.destroyed) return;
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(JSON.stringify({ attempt: hits }));
    }, answer.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, hits: () => hits };
}

afterEach(async () => {
  const running = server;
  server = undefined;
  if (running) {
    running.closeAllConnections();
    await new Promise<void>((resolve) => running.close(() => resolve()));
  }
});

const recordSleeps = () => {
  const sleeps: number[] = [];
  return { sleeps, sleep: (ms: number) => (sleeps.push(ms), Promise.resolve()) };
};

describe('fetchWithRetries', () => {
  it('retries 5xx with growing backoff and returns the first good answer', async () => {
    const target = await scripted([{ status: 503 }, { status: 500 }, { status: 200 }]);
    const { sleeps, sleep } = recordSleeps();
    const result = await fetchWithRetries(
      target.url,
      { method: 'POST' },
      {
        timeoutMs: 1000,
        maxRetries: 2,
        baseDelayMs: 100,
        sleep,
        random: () => 0.5,
      },
    );
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ attempt: 3 });
    expect(target.hits()).toBe(3);
    expect(sleeps).toEqual([75, 150]);
  });

  it('honours Retry-After on 429', async () => {
    const target = await scripted([
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 200 },
    ]);
    const { sleeps, sleep } = recordSleeps();
    const result = await fetchWithRetries(
      target.url,
      {},
      { timeoutMs: 1000, maxRetries: 1, sleep },
    );
    expect(result.status).toBe(200);
    expect(sleeps).toEqual([2000]);
  });

  it('never retries a 4xx answer', async () => {
    const target = await scripted([{ status: 422 }, { status: 200 }]);
    const { sleeps, sleep } = recordSleeps();
    const result = await fetchWithRetries(
      target.url,
      {},
      { timeoutMs: 1000, maxRetries: 3, sleep },
    );
    expect(result.status).toBe(422);
    expect(target.hits()).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('gives up after the last retry with the last status', async () => {
    const target = await scripted([{ status: 502 }]);
    const { sleep } = recordSleeps();
    const failure = fetchWithRetries(target.url, {}, { timeoutMs: 1000, maxRetries: 2, sleep });
    await expect(failure).rejects.toBeInstanceOf(RetriesExhaustedError);
    await expect(failure).rejects.toMatchObject({ attempts: 3, lastStatus: 502 });
    expect(target.hits()).toBe(3);
  });

  it('times each attempt out and retries it', async () => {
    const target = await scripted([{ status: 200, delayMs: 500 }, { status: 200 }]);
    const { sleep } = recordSleeps();
    const result = await fetchWithRetries(target.url, {}, { timeoutMs: 50, maxRetries: 1, sleep });
    expect(result.status).toBe(200);
    expect(target.hits()).toBe(2);
  });

  it('reports timeouts that never end as exhausted, with no status', async () => {
    const target = await scripted([{ status: 200, delayMs: 500 }]);
    const { sleep } = recordSleeps();
    await expect(
      fetchWithRetries(target.url, {}, { timeoutMs: 30, maxRetries: 1, sleep }),
    ).rejects.toMatchObject({ name: 'RetriesExhaustedError', attempts: 2, lastStatus: undefined });
  });

  it('retries network errors', async () => {
    const target = await scripted([{ status: 200 }]);
    const url = target.url;
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    const { sleeps, sleep } = recordSleeps();
    await expect(
      fetchWithRetries(url, {}, { timeoutMs: 200, maxRetries: 2, sleep }),
    ).rejects.toBeInstanceOf(RetriesExhaustedError);
    expect(sleeps).toHaveLength(2);
  });
});

describe('backoffMs', () => {
  it('doubles the window, jitters within its upper half and stops at the cap', () => {
    expect(backoffMs(0, 100, 5000, 0)).toBe(50);
    expect(backoffMs(0, 100, 5000, 0.999)).toBe(100);
    expect(backoffMs(3, 100, 5000, 0)).toBe(400);
    expect(backoffMs(10, 100, 5000, 0.999)).toBe(4998);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
