import type { TenantClient } from '@storeloom/db';

import { type Actor, systemActor } from '../audit/actor.ts';
import { isDomainError, notFound } from '../errors/domain-error.ts';
import { convertEstimate } from './convert-estimate.ts';

export interface EstimateOrder {
  orderId: string;
  number: number;
  /** False when the estimate had already been converted: this is that order. */
  created: boolean;
}

async function convertedOrderOf(
  db: TenantClient,
  estimateId: string,
): Promise<EstimateOrder | null> {
  const estimate = await db.estimate.findFirst({
    where: { id: estimateId },
    select: { status: true, convertedOrder: { select: { id: true, number: true } } },
  });
  if (!estimate) throw notFound('Estimate');
  const order = estimate.convertedOrder;
  return estimate.status === 'converted' && order
    ? { orderId: order.id, number: order.number, created: false }
    : null;
}

/**
 * The estimate-to-order workflow's conversion of an accepted estimate: `convertEstimate`, made
 * idempotent. An estimate already converted (by an earlier attempt of the step, a repeated
 * delivery of the acceptance, or a merchant meanwhile) answers with its order instead of
 * CONFLICT, so an accepted estimate always ends with exactly one order. Every other refusal
 * (declined, out of stock for a product line) is thrown.
 */
export async function convertAcceptedEstimate({
  db,
  tenantId,
  estimateId,
  actor = systemActor,
  now,
}: {
  db: TenantClient;
  tenantId: string;
  estimateId: string;
  actor?: Actor;
  now?: Date;
}): Promise<EstimateOrder> {
  const existing = await convertedOrderOf(db, estimateId);
  if (existing) return existing;
  try {
    const order = await convertEstimate({ db, tenantId, actor, estimateId, now });
    return { orderId: order.orderId, number: order.number, created: true };
  } catch (error) {
    // Converted by a concurrent caller between the read above and the claim: that order stands.
    const converted =
      isDomainError(error) && error.code === 'CONFLICT'
        ? await convertedOrderOf(db, estimateId)
        : null;
    if (converted) return converted;
    throw error;
  }
}
