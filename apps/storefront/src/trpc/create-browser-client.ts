import { createStoreloomClient, type StoreloomClient } from '@storeloom/client';

/** Same origin, same batching and transformer as every other caller of the API. */
export function createBrowserClient(): StoreloomClient {
  return createStoreloomClient({
    url: `${window.location.origin}/api/trpc`,
    headers: { 'x-trpc-source': 'storefront-browser' },
  });
}
