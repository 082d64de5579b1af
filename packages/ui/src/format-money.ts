/**
 * Formats an amount held in integer minor units (cents, yen, fils) as a currency string.
 *
 * The number of minor digits comes from Intl itself (`maximumFractionDigits` of a currency
 * formatter): 2 for USD, 0 for JPY, 3 for KWD. Hard-coding 100 would show ¥1,999 as ¥19.99.
 *
 * Throws RangeError for non-integer amounts (a caller passed major units or a float by
 * mistake) and, via Intl, for unknown currency codes.
 */
export function formatMoney(amountMinor: number, currency: string, locale = 'en-US'): string {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`formatMoney expects integer minor units, got ${amountMinor}`);
  }
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const minorDigits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  // Division is exact enough: the result is the double nearest the decimal, which Intl
  // rounds back to the same digits for any amount below ~10^13 major units.
  return formatter.format(amountMinor / 10 ** minorDigits);
}
