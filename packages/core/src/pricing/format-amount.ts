/**
 * Money for shopper-facing messages ("Spend $50.00 to use SAVE5"). The minor-unit digits come
 * from Intl (2 for USD, 0 for JPY, 3 for KWD), so amounts in minor units display correctly.
 */
export function formatAmount(amountMinor: number, currency: string, locale = 'en-US'): string {
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const minorDigits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amountMinor / 10 ** minorDigits);
}

/** "Canada" for CA; the code itself when Intl has no name for it. */
export function countryName(code: string, locale = 'en'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
