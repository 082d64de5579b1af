'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { useTRPC } from '~/trpc/react';

import { latestCartStore, useLatestCart } from './latest-cart';

/**
 * The shopper's cart, for the parts that show its lines (drawer, cart page). It starts from the
 * newest cart the page already has (add to cart's answer, the server render) and tells the
 * header's count about every change, optimistic ones included.
 */
export function useCart() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const latest = useLatestCart();
  const cart = useQuery(
    trpc.storefront.cart.get.queryOptions(undefined, {
      initialData: latest?.cart ?? undefined,
      initialDataUpdatedAt: latest?.receivedAt,
    }),
  );

  // A cart that arrived outside the query cache (add to cart) is newer than the cached one.
  useEffect(() => {
    if (latest?.cart == null) return;
    const cartKey = trpc.storefront.cart.get.queryKey();
    const cachedAt = queryClient.getQueryState(cartKey)?.dataUpdatedAt ?? 0;
    if (latest.receivedAt > cachedAt) {
      queryClient.setQueryData(cartKey, latest.cart, { updatedAt: latest.receivedAt });
    }
  }, [latest, queryClient, trpc]);

  useEffect(() => {
    if (cart.data !== undefined) latestCartStore.publishCart(cart.data, cart.dataUpdatedAt);
  }, [cart.data, cart.dataUpdatedAt]);

  return cart;
}
