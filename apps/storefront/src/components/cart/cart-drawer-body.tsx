'use client';

import type { ReactNode } from 'react';

import { CartLines } from './cart-lines';
import { CartLoadError } from './cart-load-error';
import { CartSkeleton } from './cart-skeleton';
import { CartTotals } from './cart-totals';
import { CheckoutButton } from './checkout-button';
import { DiscountCodes } from './discount-codes';
import { EmptyCart } from './empty-cart';
import { useCart } from './use-cart';
import { useCartChangesPending } from './use-cart-cache';

export interface CartDrawerBodyProps {
  locale: string;
  onAnnounce: (message: string) => void;
  onLineRemoved: () => void;
  onNavigate: () => void;
  viewCart: ReactNode;
}

/** The drawer's contents: lines and codes scroll, the totals and buttons stay in view. */
export function CartDrawerBody({
  locale,
  onAnnounce,
  onLineRemoved,
  onNavigate,
  viewCart,
}: CartDrawerBodyProps) {
  const { data: cart, error, refetch, isPending } = useCart();
  const updating = useCartChangesPending();

  if (isPending) {
    return (
      <div className="flex-1 overflow-y-auto px-5">
        <CartSkeleton />
      </div>
    );
  }
  if (cart === undefined) {
    return (
      <div className="px-5 py-6">
        <CartLoadError
          error={error}
          onRetry={() => {
            void refetch();
          }}
        />
      </div>
    );
  }
  if (cart.lines.length === 0) {
    return (
      <div className="flex flex-1 items-center justify-center px-5">
        <EmptyCart onNavigate={onNavigate} />
      </div>
    );
  }
  return (
    <>
      <div className="flex-1 overflow-y-auto px-5">
        <CartLines
          cart={cart}
          locale={locale}
          onAnnounce={onAnnounce}
          onLineRemoved={onLineRemoved}
          onNavigate={onNavigate}
        />
        <div className="border-t border-border py-5">
          <DiscountCodes cart={cart} locale={locale} onAnnounce={onAnnounce} />
        </div>
      </div>
      <div className="space-y-4 border-t border-border bg-surface px-5 py-4">
        <h3 className="sr-only">Order summary</h3>
        <CartTotals totals={cart} currency={cart.currency} locale={locale} updating={updating} />
        <CheckoutButton cart={cart} onNavigate={onNavigate} />
        {viewCart}
      </div>
    </>
  );
}
