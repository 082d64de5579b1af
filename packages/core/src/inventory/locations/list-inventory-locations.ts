import type { TenantClient } from '@storeloom/db';

import { locationSelect } from './location-fields.ts';

/** The store's locations (default first, then active ones by code) with the units each holds. */
export async function listInventoryLocations({ db }: { db: TenantClient }) {
  const [locations, totals] = await Promise.all([
    db.inventoryLocation.findMany({
      orderBy: [{ isDefault: 'desc' }, { isActive: 'desc' }, { code: 'asc' }],
      select: locationSelect,
    }),
    db.inventoryLevel.groupBy({ by: ['locationId'], _sum: { onHand: true, reserved: true } }),
  ]);
  return locations.map((location) => {
    const sums = totals.find((total) => total.locationId === location.id)?._sum;
    return { ...location, onHand: sums?.onHand ?? 0, reserved: sums?.reserved ?? 0 };
  });
}
