/**
 * Splits `amount` across `weights` in proportion, with the largest-remainder method so the parts
 * sum to exactly `amount` (capped at the total weight). Each part stays within its weight: a
 * line is never discounted below zero.
 */
export function allocateProportionally(amount: number, weights: readonly number[]): number[] {
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const target = Math.min(Math.max(amount, 0), totalWeight);
  if (target === 0) return weights.map(() => 0);
  const total = BigInt(totalWeight);
  const shares = weights.map((weight, index) => {
    const exact = BigInt(target) * BigInt(weight);
    return { index, floor: Number(exact / total), remainder: exact % total };
  });
  let leftover = target - shares.reduce((sum, share) => sum + share.floor, 0);
  const parts = shares.map((share) => share.floor);
  // Largest remainders first; ties go to the earlier line so the split is deterministic.
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (leftover === 0) break;
    parts[share.index] = (parts[share.index] ?? 0) + 1;
    leftover -= 1;
  }
  return parts;
}
