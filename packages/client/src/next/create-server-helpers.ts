import 'server-only';

import {
  appRouter,
  createCaller,
  createContext,
  type AppName,
  type AppRouter,
} from '@storeloom/api';
import type { QueryExecuteOptions, QueryKey } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { headers } from 'next/headers';
import { cache } from 'react';

import { createQueryClient } from '../react/query-client';

export interface CreateServerHelpersOptions {
  /** Which app renders: decides how the API resolves the tenant and the session. */
  app: AppName;
}

/** How server components of one app call the API in-process, and hand results to client components. */
export function createServerHelpers({ app }: CreateServerHelpersOptions) {
  /** One context per request (React `cache` lasts one server render), however many procedures a page calls. */
  const createRequestContext = cache(async () => {
    const requestHeaders = new Headers(await headers());
    requestHeaders.set('x-trpc-source', `${app}-rsc`);
    return createContext({ headers: requestHeaders, app });
  });

  /** One QueryClient per request, shared by `prefetch` and the app's `HydrateClient` (./hydrate-client). */
  const getQueryClient = cache(createQueryClient);

  /**
   * Query options for server components, resolved in-process (no HTTP):
   * `prefetch(trpc.product.list.queryOptions({ ... }))`, then read them in a client component under `HydrateClient`.
   */
  const trpc = createTRPCOptionsProxy<AppRouter>({
    router: appRouter,
    ctx: createRequestContext,
    queryClient: getQueryClient,
  });

  /** Typed caller for server components that only render data: `const caller = await api(); await caller.x.y()`. */
  const api = cache(async () => createCaller(await createRequestContext()));

  /** Starts a query during the server render; its result (or pending promise) is handed to the client by `HydrateClient`. */
  function prefetch<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
    options: QueryExecuteOptions<TQueryFnData, TError, TData, TQueryFnData, TQueryKey>,
  ): void {
    // A failed prefetch is not dehydrated: the client component fetches again and its error boundary takes over.
    getQueryClient()
      .query(options)
      .catch(() => undefined);
  }

  return { api, trpc, prefetch, getQueryClient };
}
