import 'server-only';

import { dehydrate, HydrationBoundary, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/**
 * The component that hands a request's prefetched queries to the client components below it.
 * Its own entry point, apart from `createServerHelpers`: `HydrationBoundary` is a client
 * component, and every module a server component imports puts its client components in that
 * route's bundle, so a layout that only calls the API must not import it.
 */
export function createHydrateClient(getQueryClient: () => QueryClient) {
  return function HydrateClient({ children }: { children: ReactNode }) {
    return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
  };
}
