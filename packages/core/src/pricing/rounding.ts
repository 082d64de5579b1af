/**
 * amount x numerator / denominator, rounded half up to a whole minor unit. BigInt keeps it exact
 * for any line a store can hold (a 10^9 price x 10^4 quantity x 10^4 basis points overflows a
 * double's integers).
 */
export function ratioHalfUp(amount: number, numerator: number, denominator: number): number {
  if (![amount, numerator, denominator].every(Number.isSafeInteger)) {
    throw new RangeError('ratioHalfUp works on whole numbers only');
  }
  if (amount < 0 || numerator < 0 || denominator <= 0) {
    throw new RangeError('ratioHalfUp needs non-negative amounts and a positive denominator');
  }
  const product = BigInt(amount) * BigInt(numerator);
  const divisor = BigInt(denominator);
  return Number((product * 2n + divisor) / (divisor * 2n));
}
