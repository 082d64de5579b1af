'use client';

import { useEffect, useSyncExternalStore } from 'react';

import type { CartView } from './cart-types';

/** The newest word from the server about the shopper's cart. */
export interface LatestCart<Cart = CartView> {
  itemCount: number;
  /** The whole cart when a call returned one; null when only the count is known (the layout's). */
  cart: Cart | null;
  /** When it arrived (ms since the epoch), to tell it from an older cached copy. */
  receivedAt: number;
}

type Listener = () => void;

/**
 * One small store per page that every part of the storefront tells about the cart: the header's
 * count follows it without loading the query cache, and the drawer seeds itself from it. Parts
 * that use the query cache (drawer, cart page) publish what it holds; add to cart publishes the
 * server's answer.
 */
export function createLatestCartStore<Cart extends { itemCount: number }>() {
  let latest: LatestCart<Cart> | null = null;
  const listeners = new Set<Listener>();

  function set(next: LatestCart<Cart>): void {
    latest = next;
    for (const listener of listeners) listener();
  }

  return {
    get: (): LatestCart<Cart> | null => latest,
    subscribe: (listener: Listener): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** A cart from the API; the same object again, or an older one, is not news. */
    publishCart(cart: Cart, receivedAt: number = Date.now()): void {
      if (latest !== null && (latest.cart === cart || receivedAt < latest.receivedAt)) return;
      set({ itemCount: cart.itemCount, cart, receivedAt });
    },
    /** The count the server rendered the page with (a fresh layout, e.g. after a refresh). */
    publishServerCount(itemCount: number, receivedAt: number = Date.now()): void {
      if (latest !== null && latest.cart === null && latest.itemCount === itemCount) return;
      set({ itemCount, cart: null, receivedAt });
    },
  };
}

export const latestCartStore = createLatestCartStore<CartView>();

const noCart = () => null;

export function useLatestCart(): LatestCart | null {
  return useSyncExternalStore(latestCartStore.subscribe, latestCartStore.get, noCart);
}

/**
 * The header's count: what the server rendered until something newer arrives. A layout that
 * renders again with another count (router.refresh) is newer than anything before it.
 */
export function useCartCount(serverCount: number): number {
  useEffect(() => {
    latestCartStore.publishServerCount(serverCount);
  }, [serverCount]);
  return useLatestCart()?.itemCount ?? serverCount;
}
