import type { AppRouter } from '@storeloom/api';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import SuperJSON from 'superjson';

type HeaderValues = Record<string, string | undefined>;

export interface CreateStoreloomClientOptions {
  /** The tRPC endpoint, e.g. `http://localhost:3001/api/trpc` (each app serves the same router). */
  url: string;
  /** Sent with every batch, e.g. a session cookie; a function is called per request, so a token can rotate. */
  headers?: HeaderValues | (() => HeaderValues | Promise<HeaderValues>);
  /** Defaults to the global fetch; pass one to add a proxy, retries or, in tests, a stub. */
  fetch?: typeof fetch;
}

export type StoreloomClient = TRPCClient<AppRouter>;

/**
 * A typed client for scripts and services: the same procedures the apps call, over HTTP. Batched,
 * not streamed, because procedures set cookies through response headers (sign-in, store switch).
 */
export function createStoreloomClient({
  url,
  headers,
  fetch: fetchImpl,
}: CreateStoreloomClientOptions): StoreloomClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        // The API speaks superjson (Dates, Maps), so the client must too.
        transformer: SuperJSON,
        headers: typeof headers === 'function' ? headers : () => headers ?? {},
        // Unset falls back to the global fetch.
        fetch: fetchImpl,
      }),
    ],
  });
}
