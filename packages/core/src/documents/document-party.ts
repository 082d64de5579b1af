import { addressSchema, type Address, type DocumentParty } from '@storeloom/validators';

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The lines under a name: company, street, "City, Region Postcode", country. */
export function addressLines(address: Address, locale: string): string[] {
  const cityLine = [
    [address.city, address.region].filter(Boolean).join(', '),
    address.postalCode,
  ].join(' ');
  return [
    address.company,
    address.line1,
    address.line2,
    cityLine,
    countryName(address.country, locale),
  ].filter((line): line is string => typeof line === 'string' && line.length > 0);
}

/**
 * A party from an order's address snapshot; null when there is none. A snapshot that no longer
 * matches the address schema is printed as nothing rather than guessed at.
 */
export function partyFromAddress(
  snapshot: unknown,
  contact: { email: string | null; phone: string | null },
  locale: string,
): DocumentParty | null {
  if (snapshot === null || snapshot === undefined) return null;
  const parsed = addressSchema.safeParse(snapshot);
  if (!parsed.success) return null;
  const address = parsed.data;
  return {
    name: `${address.firstName} ${address.lastName}`,
    lines: addressLines(address, locale),
    email: contact.email,
    phone: address.phone ?? contact.phone,
  };
}
