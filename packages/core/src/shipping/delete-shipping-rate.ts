import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadRate } from './load-rate.ts';

export async function deleteShippingRate({
  db,
  tenantId,
  actor,
  rateId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  rateId: string;
}) {
  return db.$transaction(async (tx) => {
    const before = await loadRate(tx, rateId);
    await tx.shippingRate.delete({ where: { id: rateId } });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'shipping.rate.delete',
      targetType: 'ShippingRate',
      targetId: rateId,
      before,
    });
    return { rateId };
  });
}
