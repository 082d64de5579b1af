'use client';

import { useQuery } from '@tanstack/react-query';

import { useTRPC } from '~/trpc/react';

/**
 * The shopper's cart. The store layout renders it on the server and hands it over, so the
 * header count and the drawer are right on first paint; afterwards it refreshes itself.
 */
export function useCart() {
  const trpc = useTRPC();
  return useQuery(trpc.storefront.cart.get.queryOptions());
}
