import type { TenantTransaction } from '@storeloom/db';

import { findTaxRate } from './find-tax-rate.ts';

/** The store's tax rate for an address (region first, then country-wide), or null for none. */
export async function loadTaxRate(
  tx: TenantTransaction,
  destination: { country: string; region?: string | null },
) {
  const rates = await tx.taxRate.findMany({
    where: { country: destination.country.toUpperCase() },
  });
  return findTaxRate(rates, destination);
}
