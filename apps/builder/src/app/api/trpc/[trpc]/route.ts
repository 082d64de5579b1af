import { appRouter, createContext } from '@storeloom/api';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';

import { env } from '~/env';

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    router: appRouter,
    req,
    createContext: ({ req: request, resHeaders }) =>
      createContext({ headers: request.headers, resHeaders, app: 'builder' }),
    // Path and code only: inputs can hold personal data or secrets.
    onError:
      env.NODE_ENV === 'development'
        ? ({ path, error }) => {
            console.error(`[trpc] ${path ?? '<unknown>'} failed with ${error.code}`);
          }
        : undefined,
  });
}

export { handler as GET, handler as POST };
