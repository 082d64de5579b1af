import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as a fake sees it: method, path and query split, headers lower-cased, raw body. */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RunningFake {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Reads a header that may arrive once or repeated; repeated values are joined like fetch does. */
export function headerOf(request: FakeRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, { status, body, headers = {} }: FakeResponse) {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    'content-length': Buffer.byteLength(text).toString(),
    ...headers,
  });
  response.end(text);
}

/**
 * Starts a local HTTP server on 127.0.0.1 with a free port. The handler answers each request;
 * a handler that throws answers 500 so a bug in a fake shows up as a failing test, not a hang.
 */
export async function startHttpFake(
  handle: (request: FakeRequest) => Promise<FakeResponse> | FakeResponse,
): Promise<RunningFake> {
  const respond = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const request: FakeRequest = {
      method: incoming.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      body: await readBody(incoming),
    };
    let answer: FakeResponse;
    try {
      answer = await handle(request);
    } catch (error) {
      answer = { status: 500, body: { error: { message: String(error) } } };
    }
    // A client that timed out has gone; writing to its socket would only raise an error.
    if (!outgoing.destroyed) send(outgoing, answer);
  };
  const server = createServer((incoming, outgoing) => {
    // A client that hangs up mid-body leaves nothing to answer.
    respond(incoming, outgoing).catch(() => outgoing.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
