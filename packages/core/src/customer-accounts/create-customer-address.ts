import type { TenantClient } from '@storeloom/db';
import type { CustomerAddressInput } from '@storeloom/validators';

import { conflict } from '../errors/domain-error.ts';
import { addressBookSelect, addressColumns } from './address-record.ts';
import { clearOtherDefaults, lockAddressBook } from './address-defaults.ts';

export const ADDRESS_BOOK_LIMIT = 50;

/**
 * Adds an address to the shopper's book. The first address becomes the default for both
 * shipping and billing; a new default replaces the previous one.
 */
export async function createCustomerAddress({
  db,
  tenantId,
  customerId,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  customerId: string;
  input: CustomerAddressInput;
}) {
  return db.$transaction(async (tx) => {
    await lockAddressBook(tx, { tenantId, customerId });
    const count = await tx.customerAddress.count({ where: { customerId } });
    if (count >= ADDRESS_BOOK_LIMIT) {
      throw conflict(`An address book holds at most ${ADDRESS_BOOK_LIMIT} addresses`);
    }
    const first = count === 0;
    const isDefaultShipping = first || (input.isDefaultShipping ?? false);
    const isDefaultBilling = first || (input.isDefaultBilling ?? false);
    const created = await tx.customerAddress.create({
      data: {
        tenantId,
        customerId,
        ...addressColumns(input),
        isDefaultShipping,
        isDefaultBilling,
      },
      select: addressBookSelect,
    });
    await clearOtherDefaults(tx, {
      customerId,
      addressId: created.id,
      shipping: isDefaultShipping,
      billing: isDefaultBilling,
    });
    const { id, ...rest } = created;
    return { addressId: id, ...rest };
  });
}
