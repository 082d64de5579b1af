import type { TenantClient } from '@storeloom/db';

import { addressBookSelect } from './address-record.ts';

/** The shopper's address book: defaults first, then oldest first. */
export async function listCustomerAddresses({
  db,
  customerId,
}: {
  db: TenantClient;
  customerId: string;
}) {
  const addresses = await db.customerAddress.findMany({
    where: { customerId },
    orderBy: [{ isDefaultShipping: 'desc' }, { isDefaultBilling: 'desc' }, { createdAt: 'asc' }],
    select: addressBookSelect,
  });
  return addresses.map(({ id, ...rest }) => ({ addressId: id, ...rest }));
}
