import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

/** Removes an address from the shopper's own book; orders keep their snapshots. */
export async function deleteCustomerAddress({
  db,
  customerId,
  addressId,
}: {
  db: TenantClient;
  customerId: string;
  addressId: string;
}): Promise<{ deleted: true }> {
  const { count } = await db.customerAddress.deleteMany({ where: { id: addressId, customerId } });
  if (count === 0) throw notFound('Address');
  return { deleted: true };
}
