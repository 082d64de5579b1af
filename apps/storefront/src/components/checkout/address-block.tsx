import type { Address } from '@storeloom/validators';

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The lines of an address as a label would print them: name, company, street, place, country. */
export function addressLines(address: Address, locale: string): string[] {
  const place = [address.postalCode, address.city, address.region].filter(Boolean).join(' ');
  return [
    `${address.firstName} ${address.lastName}`,
    address.company,
    address.line1,
    address.line2,
    place,
    countryName(address.country, locale),
    address.phone,
  ].filter((line): line is string => line !== undefined && line !== '');
}

export function AddressBlock({ address, locale }: { address: Address; locale: string }) {
  return (
    <address className="text-sm leading-6 not-italic text-muted-foreground">
      {addressLines(address, locale).map((line, index) => (
        <span key={index} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}

/** An address book entry (absent parts are null) as the Address shape. */
export function addressOfSaved(saved: {
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
}): Address {
  return {
    firstName: saved.firstName,
    lastName: saved.lastName,
    line1: saved.line1,
    city: saved.city,
    postalCode: saved.postalCode,
    country: saved.country,
    ...(saved.company ? { company: saved.company } : {}),
    ...(saved.line2 ? { line2: saved.line2 } : {}),
    ...(saved.region ? { region: saved.region } : {}),
    ...(saved.phone ? { phone: saved.phone } : {}),
  };
}
