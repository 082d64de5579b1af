import { defaultShouldDehydrateQuery, QueryClient } from '@tanstack/react-query';
import SuperJSON from 'superjson';

/** The one QueryClient configuration every app shares, on the server render and in the browser. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Server-rendered data stays fresh briefly, so the client does not refetch it right after hydration.
        staleTime: 30 * 1000,
      },
      dehydrate: {
        // The API speaks superjson (Dates, Maps); the hydration payload must too.
        serializeData: SuperJSON.serialize,
        // Include pending queries so server prefetches still in flight stream to the client.
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === 'pending',
        // Next detects dynamic rendering through thrown errors and redacts them itself (with a digest).
        shouldRedactErrors: () => false,
      },
      hydrate: {
        deserializeData: SuperJSON.deserialize,
      },
    },
  });
}
