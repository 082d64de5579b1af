'use client';

import type { CartView } from './cart-types';
import { CartLineItem } from './cart-line-item';

export interface CartLinesProps {
  cart: CartView;
  locale: string;
  onAnnounce: (message: string) => void;
  /** Where focus goes once a line is removed (its Remove button is gone). */
  onLineRemoved: () => void;
  onNavigate?: () => void;
}

export function CartLines({ cart, locale, onAnnounce, onLineRemoved, onNavigate }: CartLinesProps) {
  return (
    <ul aria-label="Items in your cart" className="divide-y divide-border">
      {cart.lines.map((line) => (
        <CartLineItem
          key={line.variantId}
          line={line}
          currency={cart.currency}
          locale={locale}
          onAnnounce={onAnnounce}
          onRemoved={onLineRemoved}
          onNavigate={onNavigate}
        />
      ))}
    </ul>
  );
}
