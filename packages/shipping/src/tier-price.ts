/**
 * A tier's price: base x multiplier / 1000, rounded half up to a whole minor unit. Both factors
 * are bounded integers (base <= 10^9, multiplier <= 10^4), so the product is exact in a double.
 */
export function tierPrice(basePrice: number, multiplierPermille: number): number {
  if (!Number.isInteger(basePrice) || basePrice < 0) {
    throw new RangeError(`A base price is whole non-negative minor units, got ${basePrice}`);
  }
  if (!Number.isInteger(multiplierPermille) || multiplierPermille < 0) {
    throw new RangeError(`A multiplier is whole non-negative permille, got ${multiplierPermille}`);
  }
  return Math.floor((basePrice * multiplierPermille * 2 + 1000) / 2000);
}
