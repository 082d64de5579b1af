/** The fields an address shows; an order's snapshot and an address-book entry both have them. */
export interface PostalAddress {
  firstName: string;
  lastName: string;
  company?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode?: string | null;
  country: string;
  phone?: string | null;
}

/** An address as the lines of a label: empty parts left out. */
export function AddressLines({ address }: { address: PostalAddress }) {
  const lines = [
    `${address.firstName} ${address.lastName}`.trim(),
    address.company,
    address.line1,
    address.line2,
    [address.postalCode, address.city, address.region].filter(Boolean).join(' '),
    address.country,
    address.phone,
  ].filter((line): line is string => typeof line === 'string' && line !== '');
  return (
    <address className="not-italic">
      {lines.map((line, index) => (
        <span key={index} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}
