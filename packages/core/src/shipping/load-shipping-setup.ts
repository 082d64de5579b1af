import type { TenantTransaction } from '@storeloom/db';
import type { TieredShippingConfig } from '@storeloom/shipping';

import { tiersOrDefaults } from './store-tiers.ts';

/** The store's zones with their rates, and its tiers (the defaults when it has none). */
export async function loadShippingSetup(tx: TenantTransaction): Promise<TieredShippingConfig> {
  const [zones, tiers] = await Promise.all([
    tx.shippingZone.findMany({
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      include: { rates: { orderBy: { createdAt: 'asc' } } },
    }),
    tx.shippingTier.findMany({ orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] }),
  ]);
  return { zones, tiers: tiersOrDefaults(tiers) };
}
