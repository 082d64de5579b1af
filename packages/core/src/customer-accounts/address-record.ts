import type { Address } from '@storeloom/validators';

/** The address columns of CustomerAddress, as stored (absent optional parts are null). */
export interface AddressColumns {
  firstName: string;
  lastName: string;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
}

export function addressColumns(address: Address): AddressColumns {
  return {
    firstName: address.firstName,
    lastName: address.lastName,
    company: address.company || null,
    line1: address.line1,
    line2: address.line2 || null,
    city: address.city,
    region: address.region || null,
    postalCode: address.postalCode,
    country: address.country,
    phone: address.phone || null,
  };
}

/** A stored address as the Address shape orders and checkouts snapshot. */
export function addressFromColumns(row: AddressColumns): Address {
  return {
    firstName: row.firstName,
    lastName: row.lastName,
    line1: row.line1,
    city: row.city,
    postalCode: row.postalCode,
    country: row.country,
    ...(row.company ? { company: row.company } : {}),
    ...(row.line2 ? { line2: row.line2 } : {}),
    ...(row.region ? { region: row.region } : {}),
    ...(row.phone ? { phone: row.phone } : {}),
  };
}

export const addressBookSelect = {
  id: true,
  firstName: true,
  lastName: true,
  company: true,
  line1: true,
  line2: true,
  city: true,
  region: true,
  postalCode: true,
  country: true,
  phone: true,
  isDefaultShipping: true,
  isDefaultBilling: true,
} as const;
