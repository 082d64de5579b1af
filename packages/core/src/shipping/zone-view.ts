import type { TenantTransaction } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

export const zoneInclude = {
  rates: { orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] },
};

/** A zone of the store with its rates; another store's zone is not found. */
export async function loadZone(tx: TenantTransaction, zoneId: string) {
  const zone = await tx.shippingZone.findUnique({ where: { id: zoneId }, include: zoneInclude });
  if (!zone) throw notFound('Shipping zone');
  return zone;
}
