import type { TenantClient } from '@storeloom/db';

export interface ShippingCountries {
  /** ISO 3166-1 alpha-2 codes the store's zones name, sorted. */
  countries: string[];
  /** A zone matches every country ("*"): any country may be chosen. */
  everywhere: boolean;
}

/**
 * The countries checkout offers in its address form: those the store's shipping zones serve.
 * Whether an order actually ships there (a zone with no fitting rate) is still decided by
 * pricing when the address is set.
 */
export async function listShippingCountries({
  db,
}: {
  db: TenantClient;
}): Promise<ShippingCountries> {
  const zones = await db.shippingZone.findMany({ select: { countries: true } });
  const codes = new Set(zones.flatMap((zone) => zone.countries.map((code) => code.toUpperCase())));
  const everywhere = codes.delete('*');
  return { countries: [...codes].sort(), everywhere };
}
