import type { TenantClient } from '@storeloom/db';

import { zoneInclude } from './zone-view.ts';

/** The store's shipping zones in matching order, each with its rates. */
export async function listShippingZones({ db }: { db: TenantClient }) {
  return db.shippingZone.findMany({
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    include: zoneInclude,
  });
}
