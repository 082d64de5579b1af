/** Digits after the decimal point of a currency's major unit: 2 for USD, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string): number {
  const formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return formatter.resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units as a plain decimal in major units with exactly `digits` decimals: 1250 → "12.50". */
export function formatMinorUnits(amount: number, digits: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not whole minor units: ${amount}`);
  const sign = amount < 0 ? '-' : '';
  const text = Math.abs(amount)
    .toString()
    .padStart(digits + 1, '0');
  if (digits === 0) return `${sign}${text}`;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export type ParsedAmount = { ok: true; amount: number } | { ok: false; message: string };

/**
 * A non-negative decimal in major units ("12.5", "12.50", "12") to minor units, without floating
 * point. More decimals than the currency has ("12.345" in USD) is refused, never rounded.
 */
export function parseMajorUnits(text: string, digits: number, max = 1_000_000_000): ParsedAmount {
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return { ok: false, message: `"${text}" is not an amount such as 12.50` };
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${text} has decimals, but this currency has no minor unit`
          : `${text} has more than ${digits} decimals`,
    };
  }
  const amount = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (amount > max) return { ok: false, message: `${text} is too large` };
  return { ok: true, amount };
}
