import type { TenantClient } from '@storeloom/db';
import type { CustomerAddressInput } from '@storeloom/validators';

import { notFound } from '../errors/domain-error.ts';
import { clearOtherDefaults, lockAddressBook } from './address-defaults.ts';
import { addressBookSelect, addressColumns } from './address-record.ts';

/**
 * Replaces an address of the shopper's own book. Default flags change only when given. Orders
 * keep the address they were placed with.
 */
export async function updateCustomerAddress({
  db,
  tenantId,
  customerId,
  addressId,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  customerId: string;
  addressId: string;
  input: CustomerAddressInput;
}) {
  return db.$transaction(async (tx) => {
    await lockAddressBook(tx, { tenantId, customerId });
    const existing = await tx.customerAddress.findFirst({
      where: { id: addressId, customerId },
      select: { id: true },
    });
    if (!existing) throw notFound('Address');
    const updated = await tx.customerAddress.update({
      where: { id: existing.id },
      data: {
        ...addressColumns(input),
        ...(input.isDefaultShipping === undefined
          ? {}
          : { isDefaultShipping: input.isDefaultShipping }),
        ...(input.isDefaultBilling === undefined
          ? {}
          : { isDefaultBilling: input.isDefaultBilling }),
      },
      select: addressBookSelect,
    });
    await clearOtherDefaults(tx, {
      customerId,
      addressId: updated.id,
      shipping: input.isDefaultShipping === true,
      billing: input.isDefaultBilling === true,
    });
    const { id, ...rest } = updated;
    return { addressId: id, ...rest };
  });
}
