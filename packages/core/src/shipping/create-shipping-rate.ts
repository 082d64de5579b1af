import type { TenantClient } from '@storeloom/db';
import type { CreateShippingRateInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors/domain-error.ts';
import { checkRateBand } from './rate-rules.ts';
import { loadZone } from './zone-view.ts';

/** Adds a base rate to a zone, priced in the store currency. */
export async function createShippingRate({
  db,
  tenantId,
  actor,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  input: CreateShippingRateInput;
}) {
  return db.$transaction(async (tx) => {
    await loadZone(tx, input.zoneId);
    checkRateBand(input);
    const store = await tx.tenant.findUnique({ where: { id: tenantId } });
    if (!store) throw notFound('Store');
    const rate = await tx.shippingRate.create({
      data: { ...input, tenantId, currency: store.currency },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'shipping.rate.create',
      targetType: 'ShippingRate',
      targetId: rate.id,
      after: rate,
    });
    return rate;
  });
}
