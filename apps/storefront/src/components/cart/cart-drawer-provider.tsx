'use client';

import { createContext, use, useMemo, useState, type ReactNode } from 'react';

interface CartDrawerState {
  isOpen: boolean;
  open: () => void;
  close: () => void;
}

const CartDrawerContext = createContext<CartDrawerState | null>(null);

/** Whether the cart drawer is open, shared by the header's cart button, add-to-cart and the drawer. */
export function CartDrawerProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const state = useMemo<CartDrawerState>(
    () => ({ isOpen, open: () => setOpen(true), close: () => setOpen(false) }),
    [isOpen],
  );
  return <CartDrawerContext value={state}>{children}</CartDrawerContext>;
}

export function useCartDrawer(): CartDrawerState {
  const state = use(CartDrawerContext);
  if (state === null) throw new Error('useCartDrawer must be used inside <CartDrawerProvider>');
  return state;
}
