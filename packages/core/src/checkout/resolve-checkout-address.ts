import type { TenantTransaction } from '@storeloom/db';
import type { Address } from '@storeloom/validators';

import type { Shopper } from '../cart/shopper.ts';
import { addressFromColumns } from '../customer-accounts/address-record.ts';
import { badRequest, notFound } from '../errors/domain-error.ts';

export interface AddressChoice {
  address?: Address;
  /** An entry of the signed-in shopper's address book. */
  addressId?: string;
}

/** The address a step names: typed in, or taken from the shopper's own address book. */
export async function resolveCheckoutAddress(
  tx: TenantTransaction,
  { shopper, choice, purpose }: { shopper: Shopper; choice: AddressChoice; purpose: string },
): Promise<Address> {
  if (choice.address && choice.addressId) {
    throw badRequest(`Give either a new ${purpose} address or a saved one, not both`);
  }
  if (choice.address) return choice.address;
  if (!choice.addressId) throw badRequest(`Enter a ${purpose} address`);
  // A guest has no address book: any id is someone else's, so it is not found.
  const saved = shopper.customer
    ? await tx.customerAddress.findFirst({
        where: { id: choice.addressId, customerId: shopper.customer.id },
      })
    : null;
  if (!saved) throw notFound('Address');
  return addressFromColumns(saved);
}
