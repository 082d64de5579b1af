import type { TenantClient } from '@storeloom/db';
import type { UpdateShippingTierInput } from '@storeloom/validators';
import { defaultShippingTiers } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest, notFound } from '../errors/domain-error.ts';

/**
 * Changes a tier's name, multiplier, delivery days or availability. The first edit of a store
 * still on the defaults writes the three default tiers, then applies the change.
 */
export async function updateShippingTier({
  db,
  tenantId,
  actor,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  input: UpdateShippingTierInput;
}) {
  return db.$transaction(async (tx) => {
    // Two first edits at once must not both write the defaults: serialise them per store.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`shipping-tiers:${tenantId}`}))`;
    if ((await tx.shippingTier.count()) === 0) {
      await tx.shippingTier.createMany({
        data: defaultShippingTiers.map((tier) => ({ ...tier, tenantId })),
      });
    }
    const { tierCode, ...changes } = input;
    const before = await tx.shippingTier.findFirst({ where: { code: tierCode } });
    if (!before) throw notFound('Shipping tier');
    const daysMin = changes.deliveryDaysMin ?? before.deliveryDaysMin;
    const daysMax = changes.deliveryDaysMax ?? before.deliveryDaysMax;
    if (daysMin > daysMax) {
      throw badRequest('The earliest delivery day cannot be after the latest');
    }
    const after = await tx.shippingTier.update({ where: { id: before.id }, data: changes });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'shipping.tier.update',
      targetType: 'ShippingTier',
      targetId: after.id,
      before,
      after,
    });
    return after;
  });
}
