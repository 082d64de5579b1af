import { ratioHalfUp } from '../pricing/rounding.ts';

/**
 * The tax on an amount (a discounted line, or shipping), rounded half up per amount. When prices
 * include tax the amount already contains it, and this is the part that is tax:
 * amount x rate / (1 + rate).
 */
export function taxOn(amount: number, rateBps: number, pricesIncludeTax: boolean): number {
  if (amount <= 0 || rateBps <= 0) return 0;
  return pricesIncludeTax
    ? ratioHalfUp(amount, rateBps, 10_000 + rateBps)
    : ratioHalfUp(amount, rateBps, 10_000);
}
