import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { effectiveEstimateStatus, withNumericQuantities } from './estimate-rules.ts';

/** One estimate for the merchant, costs and margin included; never the link token's hash. */
export async function getEstimate({
  db,
  estimateId,
  now = new Date(),
}: {
  db: TenantClient;
  estimateId: string;
  now?: Date;
}) {
  const estimate = await db.estimate.findFirst({
    where: { id: estimateId },
    omit: { acceptTokenHash: true },
    include: {
      items: { orderBy: { position: 'asc' } },
      customer: { select: { id: true, email: true, firstName: true, lastName: true } },
      convertedOrder: { select: { id: true, number: true, status: true } },
    },
  });
  if (!estimate) throw notFound('Estimate');
  return {
    ...withNumericQuantities(estimate),
    status: effectiveEstimateStatus(estimate, now),
  };
}
