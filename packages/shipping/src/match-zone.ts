import type { ShippingDestination, ShippingZoneDefinition } from './types.ts';

const ANY_COUNTRY = '*';

function coversCountry(zone: ShippingZoneDefinition, country: string): boolean {
  return zone.countries.includes(country) || zone.countries.includes(ANY_COUNTRY);
}

/**
 * The zone that ships to a destination. A zone listing regions only matches addresses in one of
 * them, and beats any zone covering the whole country; otherwise the lowest position wins.
 */
export function matchShippingZone<Zone extends ShippingZoneDefinition>(
  zones: readonly Zone[],
  destination: ShippingDestination,
): Zone | null {
  const country = destination.country.toUpperCase();
  const region = destination.region?.toUpperCase() ?? '';
  const matching = zones.filter(
    (zone) =>
      coversCountry(zone, country) &&
      (zone.regions.length === 0 || (region !== '' && zone.regions.includes(region))),
  );
  const byPosition = [...matching].sort((a, b) => a.position - b.position);
  return byPosition.find((zone) => zone.regions.length > 0) ?? byPosition[0] ?? null;
}
