import type { EstimateStatus, TenantTransaction } from '@storeloom/db';

import { notFound, preconditionFailed } from '../errors/domain-error.ts';

interface Expirable {
  status: EstimateStatus;
  validUntil: Date | null;
}

/**
 * The status a reader sees: an estimate still waiting for an answer past its validity date is
 * expired, whether or not anything has stored that yet. An answer given in time stands.
 */
export function effectiveEstimateStatus(estimate: Expirable, now: Date): EstimateStatus {
  const waiting = estimate.status === 'draft' || estimate.status === 'sent';
  if (waiting && estimate.validUntil && estimate.validUntil.getTime() < now.getTime()) {
    return 'expired';
  }
  return estimate.status;
}

export async function findEstimate(tx: TenantTransaction, estimateId: string) {
  const estimate = await tx.estimate.findFirst({
    where: { id: estimateId },
    // The link token's hash never leaves the database; public lookups match it in the query.
    omit: { acceptTokenHash: true },
    include: { items: { orderBy: { position: 'asc' } } },
  });
  if (!estimate) throw notFound('Estimate');
  return estimate;
}

/** Drafts are edited freely; editing a sent estimate takes it back to draft (its link stops working). */
export function assertEditable(status: EstimateStatus): void {
  if (status !== 'draft' && status !== 'sent') {
    throw preconditionFailed(`An estimate that is ${status} cannot be edited`);
  }
}

/** Quantities are stored as decimals; callers and JSON get plain numbers. */
export function withNumericQuantities<
  T extends { items: { quantity: { toNumber(): number }; hours: { toNumber(): number } | null }[] },
>(estimate: T) {
  return {
    ...estimate,
    items: estimate.items.map((item) => ({
      ...item,
      quantity: item.quantity.toNumber(),
      hours: item.hours === null ? null : item.hours.toNumber(),
    })),
  };
}
