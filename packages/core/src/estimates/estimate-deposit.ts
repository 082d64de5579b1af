/** The deposit asked on acceptance: a share of the total in basis points, half up; null when none. */
export function estimateDeposit(estimate: {
  total: number;
  depositBps: number | null;
}): number | null {
  return estimate.depositBps === null
    ? null
    : Math.round((estimate.total * estimate.depositBps) / 10_000);
}
