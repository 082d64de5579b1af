'use client';

import type { AppRouter } from '@storeloom/api';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, loggerLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { useState, type ReactNode } from 'react';
import SuperJSON from 'superjson';

import { env } from '~/env';

import { createQueryClient } from './query-client';

export const { useTRPC, TRPCProvider } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;

function getQueryClient(): QueryClient {
  // On the server every request needs its own cache, or users would see each other's data.
  if (typeof window === 'undefined') return createQueryClient();
  // In the browser keep one client, so a render that suspends does not throw the cache away.
  return (browserQueryClient ??= createQueryClient());
}

function getBaseUrl(): string {
  if (typeof window !== 'undefined') return window.location.origin;
  return `http://localhost:${env.PORT}`;
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        loggerLink({ enabled: () => env.NODE_ENV === 'development' }),
        // Not the streaming link: procedures set cookies through response headers (sign-in, cart),
        // which a streamed response has already sent.
        httpBatchLink({
          url: `${getBaseUrl()}/api/trpc`,
          transformer: SuperJSON,
          headers: () => ({ 'x-trpc-source': 'builder-react' }),
        }),
      ],
    }),
  );

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
