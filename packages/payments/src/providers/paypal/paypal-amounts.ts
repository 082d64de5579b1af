import { currencyExponent, formatDecimalAmount, rescaleMinorUnits } from '../../money.ts';
import { PaymentError } from '../../payment-error.ts';

/** The currencies PayPal's REST API takes for payments (PayPal's currency codes reference). */
const paypalCurrencies = new Set([
  'AUD',
  'BRL',
  'CAD',
  'CHF',
  'CNY',
  'CZK',
  'DKK',
  'EUR',
  'GBP',
  'HKD',
  'HUF',
  'ILS',
  'INR',
  'JPY',
  'MXN',
  'MYR',
  'NOK',
  'NZD',
  'PHP',
  'PLN',
  'SEK',
  'SGD',
  'THB',
  'TWD',
  'USD',
]);

/** PayPal refuses decimals in these: "This currency does not support decimals". */
const wholeUnitsOnly = new Set(['HUF', 'JPY', 'TWD']);

/** How many decimals PayPal writes for a currency, or null when PayPal does not take it. */
export function paypalDecimals(currency: string): number | null {
  const code = currency.toUpperCase();
  if (!paypalCurrencies.has(code)) return null;
  return wholeUnitsOnly.has(code) ? 0 : 2;
}

/**
 * PayPal's money object from the platform's minor units: `{ currency_code: 'EUR', value:
 * '25.99' }`, `'500'` for 500 JPY, `'1234'` for NT$1,234.00 (TWD has two decimals in the
 * platform, none on PayPal). A currency PayPal does not take, or an amount it cannot write
 * (NT$1,234.50), is refused with `unsupported_currency` before any request, never rounded.
 */
export function paypalAmount(amount: number, currency: string) {
  const code = currency.toUpperCase();
  const decimals = paypalDecimals(code);
  if (decimals === null) {
    throw new PaymentError(
      'unsupported_currency',
      `PayPal does not take payments in ${code}: offer another payment method for this store.`,
      'paypal',
    );
  }
  const platform = currencyExponent(code);
  const paypalUnits = rescaleMinorUnits(amount, platform, decimals);
  if (paypalUnits === null) {
    throw new PaymentError(
      'unsupported_currency',
      `PayPal takes ${code} in whole units only: ${formatDecimalAmount(amount, code, platform)} ${code} cannot be sent to PayPal.`,
      'paypal',
    );
  }
  return { currency_code: code, value: formatDecimalAmount(paypalUnits, code, decimals) };
}
