import { TRPCError } from '@trpc/server';

import { storefrontUrl } from '../checkout/storefront-url.ts';

/**
 * The origin of the store as the shopper reached it, for links in the emails they ask for. The
 * host already resolved to this store (the procedure would have failed otherwise), so a forged
 * Host header can only point a link at another address of the same store.
 */
export function storeOrigin(host: string | null): string {
  const origin = storefrontUrl(host, '');
  if (origin === undefined) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'No store at this address' });
  }
  return origin;
}
