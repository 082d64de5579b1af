import type { TenantClient } from '@storeloom/db';

import { tiersOrDefaults } from './store-tiers.ts';

/** The store's delivery tiers in display order; the defaults until the merchant edits one. */
export async function listShippingTiers({ db }: { db: TenantClient }) {
  const rows = await db.shippingTier.findMany({
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
  return tiersOrDefaults(rows).map((tier) => ({
    code: tier.code,
    name: tier.name,
    multiplierPermille: tier.multiplierPermille,
    deliveryDaysMin: tier.deliveryDaysMin,
    deliveryDaysMax: tier.deliveryDaysMax,
    isEnabled: tier.isEnabled,
    position: tier.position,
  }));
}
