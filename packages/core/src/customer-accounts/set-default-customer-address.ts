import type { TenantClient } from '@storeloom/db';
import type { DefaultAddressKind } from '@storeloom/validators';

import { notFound } from '../errors/domain-error.ts';
import { clearOtherDefaults, lockAddressBook } from './address-defaults.ts';

/** Makes one of the shopper's addresses the default for shipping or for billing. */
export async function setDefaultCustomerAddress({
  db,
  tenantId,
  customerId,
  addressId,
  kind,
}: {
  db: TenantClient;
  tenantId: string;
  customerId: string;
  addressId: string;
  kind: DefaultAddressKind;
}): Promise<{ addressId: string; kind: DefaultAddressKind }> {
  return db.$transaction(async (tx) => {
    await lockAddressBook(tx, { tenantId, customerId });
    const { count } = await tx.customerAddress.updateMany({
      where: { id: addressId, customerId },
      data: kind === 'shipping' ? { isDefaultShipping: true } : { isDefaultBilling: true },
    });
    if (count === 0) throw notFound('Address');
    await clearOtherDefaults(tx, {
      customerId,
      addressId,
      shipping: kind === 'shipping',
      billing: kind === 'billing',
    });
    return { addressId, kind };
  });
}
