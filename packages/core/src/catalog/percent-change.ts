/**
 * A price changed by a percentage in basis points (1000 = +10%), rounded half up to whole minor
 * units and never below zero. Integer arithmetic only: 1999 × 1.1 is 2198.9 → 2199.
 * The bulk price change runs the same formula in SQL; its integration test checks they agree.
 */
export function applyPercentBps(amount: number, percentBps: number): number {
  const scaled = amount * (10_000 + percentBps);
  if (scaled <= 0) return 0;
  return Math.floor((scaled + 5_000) / 10_000);
}
