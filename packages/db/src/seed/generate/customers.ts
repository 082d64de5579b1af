import { createRng } from '../prng';
import { slugify } from '../text';
import { randomAddress, randomPhone, type AddressSnapshot } from './address';
import type { Market } from './markets';

export interface CustomerPlan {
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  acceptsMarketing: boolean;
  tags: string[];
  /** Days before `now` the account was opened; at least as old as the customer's first order. */
  ageDays: number;
  /** Saved default address, for the customers who have one. */
  address: AddressSnapshot | null;
}

export const customersPerStore = 32;

/** Deterministic shoppers for one store: unique names, example.com addresses, some saved addresses. */
export function generateCustomers(storeSlug: string, market: Market): CustomerPlan[] {
  const rng = createRng(`${storeSlug}:customers`);
  const seen = new Set<string>();
  const customers: CustomerPlan[] = [];
  while (customers.length < customersPerStore) {
    const firstName = rng.pick(market.firstNames);
    const lastName = rng.pick(market.lastNames);
    // Dots instead of spaces/diacritics; example.com so no real inbox is ever mailed.
    const email =
      `${slugify(firstName)}.${slugify(lastName)}@${rng.pick(['example.com', 'example.org', 'example.net'])}`.replace(
        /-/g,
        '.',
      );
    if (seen.has(email)) continue;
    seen.add(email);
    const person = { firstName, lastName };
    customers.push({
      email,
      firstName,
      lastName,
      phone: rng.chance(0.5) ? randomPhone(rng, market) : null,
      acceptsMarketing: rng.chance(0.55),
      tags: rng.chance(0.15) ? ['vip'] : [],
      ageDays: rng.int(95, 700),
      address: rng.chance(0.7) ? randomAddress(rng, market, person) : null,
    });
  }
  return customers;
}
