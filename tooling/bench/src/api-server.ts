import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { appRouter, createContext } from '@storeloom/api';
import type { Database } from '@storeloom/db';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

export function listen(server: Server): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${String(port)}`,
        close: () =>
          new Promise((done) => {
            server.close(() => {
              done();
            });
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * The real storefront API: the app router behind tRPC's HTTP adapter, with the context the
 * storefront's route handler builds (store from the Host header, no merchant session).
 */
export async function startApiServer(database: Database): Promise<RunningServer> {
  const handler = createHTTPHandler({
    router: appRouter,
    basePath: '/api/trpc/',
    createContext: ({ req }) =>
      createContext({ headers: toHeaders(req.headers), app: 'storefront', database }),
  });
  return listen(createServer(handler));
}
