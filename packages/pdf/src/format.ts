/**
 * How documents write money, dates and quantities. Amounts arrive in integer minor units; the
 * number of minor digits comes from Intl (2 for USD and EUR, 0 for JPY, 3 for KWD), so a yen
 * amount is never divided by 100.
 */

/**
 * Intl separates groups with a narrow no-break space in some locales (fr-FR), a glyph many fonts
 * lack; the ordinary no-break space looks the same and keeps the amount on one line.
 */
const printable = (value: string) => value.replace(/\u202f/g, '\u00a0');

export function minorDigits(currency: string): number {
  const formatter = new Intl.NumberFormat('en', { style: 'currency', currency });
  return formatter.resolvedOptions().maximumFractionDigits ?? 2;
}

/** `formatMoney(-500, 'USD')` is "-$5.00"; `formatMoney(1999, 'JPY')` is "¥1,999". */
export function formatMoney(amountMinor: number, currency: string, locale = 'en-US'): string {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`formatMoney expects integer minor units, got ${amountMinor}`);
  }
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return printable(formatter.format(amountMinor / 10 ** minorDigits(currency)));
}

/** A deduction (discount, refund, payment received) printed with a minus sign; zero stays zero. */
export function formatDeduction(amountMinor: number, currency: string, locale = 'en-US'): string {
  return formatMoney(amountMinor === 0 ? 0 : -Math.abs(amountMinor), currency, locale);
}

/** A calendar date in the store's time zone: "March 4, 2026" for en-US. */
export function formatDate(date: Date, locale = 'en-US', timeZone = 'UTC'): string {
  return printable(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date));
}

/** Quantities and hours: up to two decimals, no trailing zeros ("2", "2.5", "1.25"). */
export function formatQuantity(value: number, locale = 'en-US'): string {
  return printable(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value));
}
