import type { Rng } from '../prng';
import type { Market } from './markets';

/** The address snapshot stored on orders; the same fields as CustomerAddress. */
export type AddressSnapshot = {
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
};

export interface PersonName {
  firstName: string;
  lastName: string;
}

export function randomPhone(rng: Rng, market: Market): string {
  return `${market.phonePrefix} ${String(rng.int(100, 999))} ${String(rng.int(1000, 9999))}`;
}

export function randomAddress(rng: Rng, market: Market, person: PersonName): AddressSnapshot {
  const street = rng.pick(market.streets);
  const number = String(rng.int(1, 240));
  const place = rng.pick(market.places);
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    company: rng.chance(0.08) ? `${person.lastName} & Co.` : null,
    line1: market.houseNumberFirst ? `${number} ${street}` : `${street} ${number}`,
    line2: rng.chance(0.2)
      ? market.country === 'DE'
        ? `${String(rng.int(1, 4))}. OG`
        : `Apt ${String(rng.int(1, 40))}`
      : null,
    city: place.city,
    region: place.region,
    postalCode: place.postalCode,
    country: market.country,
    phone: rng.chance(0.6) ? randomPhone(rng, market) : null,
  };
}
