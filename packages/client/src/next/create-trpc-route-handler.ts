import 'server-only';

import { appRouter, createContext, type AppName } from '@storeloom/api';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';

export interface CreateTrpcRouteHandlerOptions {
  /** Which app serves the endpoint: decides how the API resolves the tenant and the session. */
  app: AppName;
  /** Log failed calls to the console; meant for development only. */
  logErrors: boolean;
}

/** The `/api/trpc/[trpc]` route handler, for both GET (queries) and POST (mutations). */
export function createTrpcRouteHandler({ app, logErrors }: CreateTrpcRouteHandlerOptions) {
  return function handler(req: Request) {
    return fetchRequestHandler({
      endpoint: '/api/trpc',
      router: appRouter,
      req,
      createContext: ({ req: request, resHeaders }) =>
        createContext({ headers: request.headers, resHeaders, app }),
      // Path and code only: inputs can hold personal data or secrets.
      onError: logErrors
        ? ({ path, error }) => {
            console.error(`[trpc] ${path ?? '<unknown>'} failed with ${error.code}`);
          }
        : undefined,
    });
  };
}
