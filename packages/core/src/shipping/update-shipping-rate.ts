import type { TenantClient } from '@storeloom/db';
import type { UpdateShippingRateInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors/domain-error.ts';
import { loadRate } from './load-rate.ts';
import { checkRateBand } from './rate-rules.ts';

/** Changes a rate; the band rules are checked on the rate as it will be. */
export async function updateShippingRate({
  db,
  tenantId,
  actor,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  input: UpdateShippingRateInput;
}) {
  return db.$transaction(async (tx) => {
    const { rateId, ...changes } = input;
    const before = await loadRate(tx, rateId);
    checkRateBand({ ...before, ...changes });
    const store = await tx.tenant.findUnique({ where: { id: tenantId } });
    if (!store) throw notFound('Store');
    // A price edit is in today's store currency, even if the rate was made under another.
    const currency = changes.price === undefined ? before.currency : store.currency;
    const after = await tx.shippingRate.update({
      where: { id: rateId },
      data: { ...changes, currency },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'shipping.rate.update',
      targetType: 'ShippingRate',
      targetId: rateId,
      before,
      after,
    });
    return after;
  });
}
