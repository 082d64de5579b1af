import type { ReactNode } from 'react';

import { HydrateClient } from '~/trpc/server';

import { CartDrawerProvider } from './cart-drawer-provider';

/**
 * What the store's pages need around them for the cart: the drawer's open state, and the cart
 * the layout read on the server handed to the browser's query cache (so the header count and
 * the drawer are right on first paint). The layout awaits the cart before rendering this.
 */
export function CartProviders({ children }: { children: ReactNode }) {
  return (
    <HydrateClient>
      <CartDrawerProvider>{children}</CartDrawerProvider>
    </HydrateClient>
  );
}
