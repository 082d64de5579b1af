'use client';

import { TRPCReactProvider } from '~/trpc/react';

import { CartDrawerBody, type CartDrawerBodyProps } from './cart-drawer-body';

/**
 * The drawer's contents with the query-cached API around them. Loaded when the drawer first
 * opens, so the query cache and the API client stay off pages whose shopper never opens it.
 */
export function CartDrawerIsland(props: CartDrawerBodyProps) {
  return (
    <TRPCReactProvider>
      <CartDrawerBody {...props} />
    </TRPCReactProvider>
  );
}
