'use client';

// Not the package root: that also exports the API client, which loads only when a line is added.
import { errorMessage } from '@storeloom/client/error-message';
import { useRef, useState } from 'react';

import { latestCartStore } from '~/components/cart/latest-cart';
import { loadBrowserClient } from '~/trpc/browser-client';

import type { DetailVariant } from './product-view-model';

/** The API's own words when it answered; a network failure gets one the shopper can act on. */
function failureMessage(error: unknown): string {
  const answered = typeof error === 'object' && error !== null && 'data' in error && error.data;
  return answered
    ? errorMessage(error)
    : 'We could not reach the store. Check your connection and try again.';
}

/** A refused add, kept with the variant it was for. */
interface Refusal {
  variantId: string;
  message: string;
}

export interface UseAddToCartOptions {
  /** After the server took the line (the header's count already shows it). */
  onAdded: (variant: DetailVariant, quantity: number) => void;
}

/**
 * `storefront.cart.addLine` through the plain browser client, which loads with the first add:
 * the product page ships no query cache. The server's cart is published to `latest-cart`, so
 * the header's count and the drawer show it at once.
 */
export function useAddToCart({ onAdded }: UseAddToCartOptions) {
  const inFlight = useRef(false);
  const [adding, setAdding] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  async function add(variant: DetailVariant, quantity: number): Promise<void> {
    // A double click sends one request.
    if (inFlight.current) return;
    inFlight.current = true;
    setAdding(true);
    setRefusal(null);
    try {
      const client = await loadBrowserClient();
      const cart = await client.storefront.cart.addLine.mutate({ variantId: variant.id, quantity });
      latestCartStore.publishCart(cart);
      onAdded(variant, quantity);
    } catch (error) {
      setRefusal({ variantId: variant.id, message: failureMessage(error) });
    } finally {
      inFlight.current = false;
      setAdding(false);
    }
  }

  return {
    add,
    adding,
    /** The server's refusal of `variantId`'s last add; choosing another variant sets it aside. */
    refusalFor: (variantId: string | undefined) =>
      refusal !== null && refusal.variantId === variantId ? refusal.message : null,
    clearRefusal: () => setRefusal(null),
  };
}
