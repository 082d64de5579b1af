import { type Address, addressSchema } from '@storeloom/validators';

import { fieldMessages, type InputIssue } from './input-issues';

/** The address form's values as typed: every field a string, optional ones possibly empty. */
export interface AddressDraft {
  firstName: string;
  lastName: string;
  company: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  phone: string;
}

export type AddressField = keyof AddressDraft;
export type AddressErrors = Partial<Record<AddressField, string>>;

/** Every field, in the order the form shows them (for focusing the first error). */
export const ADDRESS_FIELD_ORDER: readonly AddressField[] = [
  'country',
  'firstName',
  'lastName',
  'company',
  'line1',
  'line2',
  'city',
  'region',
  'postalCode',
  'phone',
];

export function emptyAddressDraft(country: string): AddressDraft {
  return {
    firstName: '',
    lastName: '',
    company: '',
    line1: '',
    line2: '',
    city: '',
    region: '',
    postalCode: '',
    country,
    phone: '',
  };
}

export function addressDraftOf(address: Address): AddressDraft {
  return {
    firstName: address.firstName,
    lastName: address.lastName,
    company: address.company ?? '',
    line1: address.line1,
    line2: address.line2 ?? '',
    city: address.city,
    region: address.region ?? '',
    postalCode: address.postalCode,
    country: address.country,
    phone: address.phone ?? '',
  };
}

// Written for the field they appear under, instead of zod's generic "Required".
const missingMessages: Partial<Record<AddressField, string>> = {
  firstName: 'Enter a first name',
  lastName: 'Enter a last name',
  line1: 'Enter a street address',
  city: 'Enter a city',
  postalCode: 'Enter a postal code',
  country: 'Choose a country',
};

function isAddressField(field: string): field is AddressField {
  return field in emptyAddressDraft('');
}

/** The sentence under a field for one of zod's issues, from the client's check or the API's. */
export function addressIssueMessage(field: string, issue: InputIssue): string {
  if (issue.code === 'too_big' && issue.maximum !== undefined) {
    return `Use at most ${String(issue.maximum)} characters`;
  }
  // A blank field is left out of the input, so zod reports it as missing (invalid_type).
  if (issue.code === 'too_small' || issue.code === 'invalid_type') {
    return (isAddressField(field) ? missingMessages[field] : undefined) ?? 'This field is required';
  }
  return issue.message;
}

/** Server issues under `address.*`, keyed by the form's fields. */
export function addressErrorsOf(fields: Record<string, string>): AddressErrors {
  return Object.fromEntries(Object.entries(fields).filter(([field]) => isAddressField(field)));
}

/**
 * Checks the draft with the same schema the API applies, so the shopper sees every problem at
 * once without a round trip. Empty optional fields are left out rather than sent as "".
 */
export function parseAddressDraft(
  draft: AddressDraft,
): { ok: true; address: Address } | { ok: false; errors: AddressErrors } {
  const filled: Partial<AddressDraft> = {};
  for (const field of ADDRESS_FIELD_ORDER) {
    if (draft[field].trim() !== '') filled[field] = draft[field];
  }
  const parsed = addressSchema.safeParse(filled);
  if (parsed.success) return { ok: true, address: parsed.data };
  return {
    ok: false,
    errors: addressErrorsOf(fieldMessages(parsed.error.issues, [], addressIssueMessage)),
  };
}
