import type { TenantTransaction } from '@storeloom/db';

export interface StockingLocation {
  id: string;
  name: string;
  code: string;
  isDefault: boolean;
}

/**
 * The active locations stock is taken from, in the order it is taken: the default location
 * first, then the others by code. Reservations and restocks share this order so a store with a
 * single warehouse never has to think about it.
 */
export async function listStockingLocations(tx: TenantTransaction): Promise<StockingLocation[]> {
  return tx.inventoryLocation.findMany({
    where: { isActive: true },
    orderBy: [{ isDefault: 'desc' }, { code: 'asc' }],
    select: { id: true, name: true, code: true, isDefault: true },
  });
}
