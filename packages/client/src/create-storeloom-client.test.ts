import SuperJSON from 'superjson';
import { describe, expect, it } from 'vitest';

import { createStoreloomClient } from './create-storeloom-client';

interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
}

/** A local stand-in for the API: records each request and answers one batch with a superjson null. */
function stubFetch(recorded: RecordedRequest[]): typeof fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    recorded.push({ url, method: init?.method ?? 'GET', headers: new Headers(init?.headers) });
    const body = JSON.stringify([{ result: { data: SuperJSON.serialize(null) } }]);
    return Promise.resolve(
      new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
    );
  };
}

describe('createStoreloomClient', () => {
  it('builds a client with a proxy per router', () => {
    const client = createStoreloomClient({ url: 'http://localhost:3001/api/trpc' });
    expect(typeof client.auth.session.query).toBe('function');
  });

  it('sends a query to the batch URL with the given headers and decodes superjson', async () => {
    const recorded: RecordedRequest[] = [];
    const client = createStoreloomClient({
      url: 'http://localhost:3001/api/trpc',
      headers: { 'x-trpc-source': 'script', cookie: 'session=abc' },
      fetch: stubFetch(recorded),
    });

    await expect(client.auth.session.query()).resolves.toBeNull();

    expect(recorded).toHaveLength(1);
    const [request] = recorded;
    const url = new URL(request?.url ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('http://localhost:3001/api/trpc/auth.session');
    expect(url.searchParams.get('batch')).toBe('1');
    expect(request?.method).toBe('GET');
    expect(request?.headers.get('x-trpc-source')).toBe('script');
    expect(request?.headers.get('cookie')).toBe('session=abc');
  });

  it('calls a header function per request, so a token can rotate', async () => {
    const recorded: RecordedRequest[] = [];
    let token = 0;
    const client = createStoreloomClient({
      url: 'http://localhost:3001/api/trpc',
      headers: () => ({ authorization: `Bearer t${String((token += 1))}` }),
      fetch: stubFetch(recorded),
    });

    await client.auth.session.query();
    await client.auth.session.query();

    expect(recorded.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer t1',
      'Bearer t2',
    ]);
  });
});
