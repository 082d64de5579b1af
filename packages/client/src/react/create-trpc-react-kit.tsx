'use client';

import type { AppRouter } from '@storeloom/api';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, loggerLink } from '@trpc/client';
import { useState, type ReactNode } from 'react';
import SuperJSON from 'superjson';

import { createQueryClient } from './query-client';
import { TRPCProvider, useTRPC, useTRPCClient } from './trpc-context';

export interface CreateTRPCReactKitOptions {
  /** The `x-trpc-source` header value, e.g. `admin-react`, so server logs tell the callers apart. */
  source: string;
  /**
   * This app's own origin while rendering client components on the server, e.g.
   * `() => \`http://localhost:${env.PORT}\``. A function, because it reads server-only settings
   * that must not be touched in the browser.
   */
  serverBaseUrl: () => string;
  /** Whether to log every call to the console; read lazily, per call, like the env it comes from. */
  logging: () => boolean;
}

let browserQueryClient: QueryClient | undefined;

function getQueryClient(): QueryClient {
  // On the server every request needs its own cache, or users would see each other's data.
  if (typeof window === 'undefined') return createQueryClient();
  // In the browser keep one client, so a render that suspends does not throw the cache away.
  return (browserQueryClient ??= createQueryClient());
}

/** The provider and hooks an app's client components use to call the API. */
export function createTRPCReactKit({ source, serverBaseUrl, logging }: CreateTRPCReactKitOptions) {
  function getBaseUrl(): string {
    if (typeof window !== 'undefined') return window.location.origin;
    return serverBaseUrl();
  }

  function TRPCReactProvider({ children }: { children: ReactNode }) {
    const queryClient = getQueryClient();
    const [trpcClient] = useState(() =>
      createTRPCClient<AppRouter>({
        links: [
          loggerLink({ enabled: logging }),
          // Not the streaming link: procedures set cookies through response headers (sign-in, cart),
          // which a streamed response has already sent.
          httpBatchLink({
            url: `${getBaseUrl()}/api/trpc`,
            transformer: SuperJSON,
            headers: () => ({ 'x-trpc-source': source }),
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

  return { TRPCReactProvider, useTRPC, useTRPCClient };
}
