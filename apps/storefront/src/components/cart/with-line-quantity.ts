import type { CartView } from './cart-types';

/**
 * The cart as it will look once a line holds `quantity`, shown while the server prices it.
 * Money is left alone: totals only ever come from the server's answer.
 */
export function withLineQuantity(cart: CartView, variantId: string, quantity: number): CartView {
  const lines = cart.lines.map((line) =>
    line.variantId === variantId ? { ...line, quantity } : line,
  );
  return { ...cart, lines, itemCount: lines.reduce((sum, line) => sum + line.quantity, 0) };
}
