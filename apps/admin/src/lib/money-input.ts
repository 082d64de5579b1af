/**
 * Amounts as people type them ("12.50") and as the API takes them (integer minor units). The
 * currency's minor digits come from Intl, as in formatMoney: 2 for USD, 0 for JPY, 3 for KWD.
 */
export function minorDigitsOf(currency: string): number {
  const formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return formatter.resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * "12.5" -> 1250 for USD. Null for anything that is not a plain non-negative amount with at most
 * the currency's minor digits, so the form can say so beside the cell instead of guessing.
 */
export function parseMoneyInput(text: string, currency: string): number | null {
  const digits = minorDigitsOf(currency);
  const match = /^(\d{1,10})(?:[.,](\d*))?$/.exec(text.trim().replace(/[\s_]/g, ''));
  if (match === null) return null;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** 1250 -> "12.50" for USD: the value an amount cell starts with. */
export function formatMoneyInput(amountMinor: number, currency: string): string {
  const digits = minorDigitsOf(currency);
  if (digits === 0) return String(amountMinor);
  const scale = 10 ** digits;
  const whole = Math.floor(amountMinor / scale);
  const fraction = String(amountMinor % scale).padStart(digits, '0');
  return `${String(whole)}.${fraction}`;
}
