/**
 * Minor units ⇄ decimal strings for APIs (PayPal) that take amounts as decimal text. The exponent
 * comes from Intl, as everywhere else in the platform (2 for EUR, 0 for JPY and HUF, 3 for KWD),
 * so an amount means the same here as in the store's prices.
 */
export function currencyExponent(currency: string): number {
  const formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return formatter.resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * 1999 EUR → "19.99"; 500 JPY → "500"; 1234 KWD → "1.234". Integers only, never floats.
 * `exponent` says how many decimals `minorUnits` carries when it is not the currency's own
 * (a provider's units, see `rescaleMinorUnits`).
 */
export function formatDecimalAmount(
  minorUnits: number,
  currency: string,
  exponent = currencyExponent(currency),
): string {
  if (!Number.isSafeInteger(minorUnits)) {
    throw new RangeError(`Amount must be a whole number of minor units, got ${minorUnits}.`);
  }
  const sign = minorUnits < 0 ? '-' : '';
  const digits = String(Math.abs(minorUnits));
  if (exponent === 0) return `${sign}${digits}`;
  const padded = digits.padStart(exponent + 1, '0');
  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}

/** "19.99" EUR → 1999; "500" JPY → 500. Rejects more decimals than the currency has. */
export function parseDecimalAmount(value: string, currency: string): number {
  const exponent = currencyExponent(currency);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new RangeError(`"${value}" is not a decimal amount.`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  if (fraction.length > exponent && /[^0]/.test(fraction.slice(exponent))) {
    throw new RangeError(`"${value}" has more decimals than ${currency.toUpperCase()} allows.`);
  }
  const minor = Number(`${whole}${fraction.slice(0, exponent).padEnd(exponent, '0')}`);
  return sign === '-' && minor !== 0 ? -minor : minor;
}

/**
 * The same amount with another number of decimals: 500 with 0 decimals is 50000 with 2 (HUF in
 * the platform's whole forints, Stripe's fillér). Null when the amount has no exact value there
 * (12345 with 2 decimals has none with 0): callers refuse it rather than round money.
 */
export function rescaleMinorUnits(amount: number, fromExponent: number, toExponent: number) {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Amount must be a whole number of minor units, got ${amount}.`);
  }
  if (toExponent >= fromExponent) return amount * 10 ** (toExponent - fromExponent);
  const divisor = 10 ** (fromExponent - toExponent);
  return amount % divisor === 0 ? amount / divisor : null;
}
