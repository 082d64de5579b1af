export interface TaxRateDefinition {
  country: string;
  /** Empty for the whole country. */
  region: string;
  rateBps: number;
  appliesToShipping: boolean;
}

/** The rate for an address: its region's if there is one, else the country-wide one, else none. */
export function findTaxRate<Rate extends TaxRateDefinition>(
  rates: readonly Rate[],
  destination: { country: string; region?: string | null },
): Rate | null {
  const country = destination.country.toUpperCase();
  const region = destination.region?.toUpperCase() ?? '';
  const inCountry = rates.filter((rate) => rate.country === country);
  return (
    (region ? inCountry.find((rate) => rate.region === region) : undefined) ??
    inCountry.find((rate) => rate.region === '') ??
    null
  );
}
