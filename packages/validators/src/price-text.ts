/** Digits after the decimal point of a currency's major unit: 2 for USD, 0 for JPY, 3 for KWD. */
export function currencyMinorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** The largest amount a price filter takes, as minorUnitsSchema allows. */
const MAX_MINOR_UNITS = 1_000_000_000;
const MAX_TEXT_LENGTH = 32;

export type PriceTextResult = { ok: true; amount: number } | { ok: false; message: string };

/** "such as 25 or 19.99", in the currency's own precision, for messages that teach the format. */
export function priceTextExample(digits: number): string {
  return digits === 0 ? 'such as 2500' : `such as 25 or 19.${'9'.repeat(digits)}`;
}

function invalid(digits: number): PriceTextResult {
  return { ok: false, message: `Enter a number ${priceTextExample(digits)}` };
}

/** The thousands separator of a locale, when it is one a shopper can type here (`.` or `,`). */
function groupSeparatorOf(locale: string): string | null {
  const group = new Intl.NumberFormat(locale)
    .formatToParts(1000)
    .find((part) => part.type === 'group');
  return group?.value === '.' || group?.value === ',' ? group.value : null;
}

/**
 * Splits the digits into whole and fraction. A shopper may type either `.` or `,` as the decimal
 * separator (a tourist types their own); a lone separator is a thousands separator only when it is
 * the store locale's and three digits follow ("1,000" in en-US, "1.000" in de-DE).
 */
function splitDecimal(
  text: string,
  groupSeparator: string | null,
): { whole: string; fraction: string } | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  const parts = text.split(/[.,]/);
  const separators = text.replace(/\d/g, '');
  if (parts.length === 1) return { whole: text, fraction: '' };

  const last = parts.at(-1) ?? '';
  const lastSeparator = separators.at(-1) ?? '';
  const decimalIsLast =
    new Set(separators).size > 1 ||
    (separators.length === 1 && (lastSeparator !== groupSeparator || last.length !== 3));
  const groups = decimalIsLast ? parts.slice(0, -1) : parts;
  const groupSeparators = decimalIsLast ? separators.slice(0, -1) : separators;
  // Every group after the first has three digits, and a text with both characters uses one for
  // groups and the other, last, for decimals ("1.234,50", not "1,234,50" or "1.2,5").
  if (groups.slice(1).some((group) => group.length !== 3)) return null;
  if (decimalIsLast && groupSeparators.includes(lastSeparator)) return null;
  return { whole: groups.join(''), fraction: decimalIsLast ? last : '' };
}

/**
 * A price typed into a filter ("25", "19.99", "19,99", "$1,250") to integer minor units of
 * `currency`, read with the store's `locale`, without floating point. Never rounds: more decimals than the currency has is an
 * error with a message that says what to type.
 */
export function parsePriceText(text: string, currency: string, locale = 'en-US'): PriceTextResult {
  const digits = currencyMinorDigits(currency);
  if (text.length > MAX_TEXT_LENGTH) return invalid(digits);
  const code = currency.toUpperCase();
  // Spaces, a currency symbol or the code are what people copy from a price tag.
  const cleaned = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/^\p{Sc}|\p{Sc}$/u, '')
    .replace(new RegExp(`^${code}|${code}$`, 'i'), '');
  const split = splitDecimal(cleaned, groupSeparatorOf(locale));
  if (split === null) return invalid(digits);
  const { whole, fraction } = split;
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `Enter a whole amount; ${code} has no decimals`
          : `Use at most ${digits} decimals`,
    };
  }
  if (whole.replace(/^0+/, '').length > 10) return { ok: false, message: 'That price is too high' };
  const amount = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (amount > MAX_MINOR_UNITS) return { ok: false, message: 'That price is too high' };
  return { ok: true, amount };
}

/** Minor units as the shortest decimal that reads back the same: 2500 → "25", 1950 → "19.50". */
export function formatPriceText(amount: number, currency: string): string {
  const digits = currencyMinorDigits(currency);
  if (digits === 0 || amount % 10 ** digits === 0) return String(amount / 10 ** digits);
  const text = String(amount).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
