'use client';

import { type MutationFilters, useIsMutating, useQueryClient } from '@tanstack/react-query';

import { useTRPC } from '~/trpc/react';

import type { CartView } from './cart-types';

/**
 * Every change the drawer and the cart page send shares this scope, so TanStack Query runs them
 * one after another in the order the shopper made them: a fast "+ + +" arrives as 2, 3, 4.
 * ("Add to cart" uses the plain client; the open drawer's backdrop keeps it from racing these.)
 */
export const cartMutationScope = { id: 'storefront-cart' };

const cartChanges: MutationFilters = {
  predicate: (mutation) => mutation.options.scope?.id === cartMutationScope.id,
};

/** Whether a cart change is on its way to the server (totals are about to change). */
export function useCartChangesPending(): boolean {
  return useIsMutating(cartChanges) > 0;
}

/** What an optimistic change remembers, to put the cart back if the server refuses. */
export interface CartSnapshot {
  previous: CartView | undefined;
}

/** Reads and writes the cached cart around mutations: optimistic changes, server answers, undo. */
export function useCartCache() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cartKey = trpc.storefront.cart.get.queryKey();

  const pendingChanges = () => queryClient.isMutating(cartChanges);

  return {
    /** Shows a change at once; the server's answer (or `restore`) settles it. */
    async change(update: (cart: CartView) => CartView): Promise<CartSnapshot> {
      // A refetch landing now would overwrite the optimistic state with an older cart.
      await queryClient.cancelQueries({ queryKey: cartKey });
      const previous = queryClient.getQueryData(cartKey);
      if (previous !== undefined) queryClient.setQueryData(cartKey, update(previous));
      return { previous };
    },

    /**
     * Takes the server's cart as the truth. While later changes are still queued their
     * optimistic state stays on screen; the last answer is the one that lands.
     */
    async settle(cart: CartView): Promise<void> {
      if (pendingChanges() <= 1) queryClient.setQueryData(cartKey, cart);
      // Estimates on the cart page were priced for the old contents.
      await queryClient.invalidateQueries(trpc.storefront.cart.estimateShipping.pathFilter());
    },

    /** Puts the cart back as it was before a refused change, then asks the server again. */
    async restore(snapshot: CartSnapshot | undefined): Promise<void> {
      if (snapshot?.previous !== undefined) queryClient.setQueryData(cartKey, snapshot.previous);
      if (pendingChanges() <= 1) await queryClient.invalidateQueries({ queryKey: cartKey });
    },
  };
}
