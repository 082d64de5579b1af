import type { CountryOption } from '~/components/cart/country-options';

/**
 * The country list, plus the address's own country if the list lacks it (an old address in a
 * country no longer offered), so the select never silently shows another country.
 */
export function addOption(
  countries: readonly CountryOption[],
  code: string,
): readonly CountryOption[] {
  if (code === '' || countries.some((country) => country.code === code)) return countries;
  return [{ code, name: code }, ...countries];
}
