import { currencyExponent, formatDecimalAmount, rescaleMinorUnits } from '../../money.ts';
import { PaymentError } from '../../payment-error.ts';

/** Stripe's zero-decimal currencies: an amount of 500 JPY is sent as 500. */
const zeroDecimal = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);

/** Three decimals in Stripe's API, but the last digit must be 0 (amounts in multiples of 10). */
const threeDecimal = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

/**
 * Whole units only, yet still written with two decimals in Stripe's API (ISK 5 is 500): Stripe
 * refuses anything not divisible by 100.
 */
const wholeUnitsAsTwoDecimals = new Set(['ISK']);

/** How Stripe writes a currency's amounts: its decimals, and the step amounts must keep to. */
export function stripeCurrencyRule(currency: string): { exponent: number; step: number } {
  const code = currency.toUpperCase();
  if (zeroDecimal.has(code)) return { exponent: 0, step: 1 };
  if (threeDecimal.has(code)) return { exponent: 3, step: 10 };
  if (wholeUnitsAsTwoDecimals.has(code)) return { exponent: 2, step: 100 };
  // Every other currency, HUF and TWD included (two decimals for charges and refunds).
  return { exponent: 2, step: 1 };
}

/**
 * The platform's minor units (by Intl, as everywhere else) in Stripe's: 500 HUF (whole forints
 * here) is 50000 for Stripe, 500 JPY stays 500. An amount Stripe cannot take is refused with
 * `unsupported_currency` before any request, never rounded.
 */
export function toStripeAmount(amount: number, currency: string): number {
  const platform = currencyExponent(currency);
  const { exponent, step } = stripeCurrencyRule(currency);
  const stripeAmount = rescaleMinorUnits(amount, platform, exponent);
  if (stripeAmount === null || stripeAmount % step !== 0) {
    const code = currency.toUpperCase();
    throw new PaymentError(
      'unsupported_currency',
      `Stripe cannot charge ${formatDecimalAmount(amount, code, platform)} ${code}: ${code} amounts must be multiples of ${formatDecimalAmount(step, code, exponent)}.`,
      'stripe',
    );
  }
  return stripeAmount;
}

/**
 * Stripe's amounts (captured, refunded) back in the platform's minor units. A fraction the
 * platform cannot hold (a refund of 0.50 HUF made in the Stripe dashboard) is rounded down, so
 * the platform never records more money than moved.
 */
export function fromStripeAmount(amount: number, currency: string): number {
  const { exponent } = stripeCurrencyRule(currency);
  const platform = currencyExponent(currency);
  if (platform >= exponent) return amount * 10 ** (platform - exponent);
  return Math.floor(amount / 10 ** (exponent - platform));
}
