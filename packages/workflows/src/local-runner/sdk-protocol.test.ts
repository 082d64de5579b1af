import { describe, expect, it } from 'vitest';

import { buildCallRequest, parseRetryAfter, readCallOutcome } from './sdk-protocol.ts';

const now = new Date('2026-01-01T00:00:00.000Z');

describe('the serve handler protocol', () => {
  it('sends memoised steps in completion order, without fn_id, never using the API', async () => {
    const request = buildCallRequest({
      fnId: 'storeloom-checkout',
      stepId: 'step',
      runId: 'run-1',
      event: { id: 'e1', name: 'order/placed', data: {}, ts: 1 },
      attempt: 2,
      maxAttempts: 4,
      steps: { h1: { data: 1 }, h2: { error: { message: 'x' } } },
      stack: ['h1', 'h2'],
      requestVersion: '2',
    });
    expect(request.method).toBe('POST');
    expect(new URL(request.url).search).toBe('?fnId=storeloom-checkout&stepId=step');
    expect(request.headers.get('x-inngest-req-version')).toBe('2');
    const body = (await request.json()) as { ctx: Record<string, unknown> };
    expect(body.ctx).toEqual({
      run_id: 'run-1',
      attempt: 2,
      max_attempts: 4,
      use_api: false,
      disable_immediate_execution: false,
      stack: { stack: ['h1', 'h2'], current: 2 },
    });
  });

  it('reads retry-after as seconds or as a date', () => {
    expect(parseRetryAfter('30', now)).toEqual(new Date('2026-01-01T00:00:30.000Z'));
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:05:00 GMT', now)).toEqual(
      new Date('2026-01-01T00:05:00.000Z'),
    );
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('maps replies to outcomes: ops, result, retriable and permanent errors', async () => {
    const ops = await readCallOutcome(
      new Response(JSON.stringify([{ id: 'h', op: 'Sleep', name: '1s' }]), { status: 206 }),
      now,
    );
    expect(ops.outcome).toMatchObject({ kind: 'ops', ops: [{ op: 'Sleep', name: '1s' }] });
    const done = await readCallOutcome(new Response('"ok"', { status: 200 }), now);
    expect(done.outcome).toEqual({ kind: 'completed', result: 'ok' });
    const retry = await readCallOutcome(
      new Response('{"message":"down"}', { status: 500, headers: { 'retry-after': '5' } }),
      now,
    );
    expect(retry.outcome).toEqual({
      kind: 'retriable-error',
      error: { message: 'down' },
      retryAt: new Date('2026-01-01T00:00:05.000Z'),
    });
    const noRetry = await readCallOutcome(
      new Response('{"message":"no"}', { status: 500, headers: { 'x-inngest-no-retry': 'true' } }),
      now,
    );
    expect(noRetry.outcome).toEqual({ kind: 'permanent-error', error: { message: 'no' } });
    const bad = await readCallOutcome(new Response('{}', { status: 400 }), now);
    expect(bad.outcome.kind).toBe('permanent-error');
  });
});
