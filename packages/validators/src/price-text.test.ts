import { describe, expect, it } from 'vitest';

import { formatPriceText, parsePriceText } from './price-text.ts';

describe('parsePriceText', () => {
  it.each([
    ['25', 'USD', 'en-US', 2500],
    ['19.99', 'USD', 'en-US', 1999],
    ['19.5', 'USD', 'en-US', 1950],
    ['19,99', 'USD', 'en-US', 1999],
    [' $1,250 ', 'USD', 'en-US', 125_000],
    ['1,250.50', 'USD', 'en-US', 125_050],
    ['1,000,000', 'USD', 'en-US', 100_000_000],
    ['19,99', 'EUR', 'de-DE', 1999],
    ['19.99', 'EUR', 'de-DE', 1999],
    ['1.000', 'EUR', 'de-DE', 100_000],
    ['1.250,50', 'EUR', 'de-DE', 125_050],
    ['€ 30', 'EUR', 'de-DE', 3000],
    ['30 EUR', 'EUR', 'de-DE', 3000],
    ['0', 'GBP', 'en-GB', 0],
    ['2500', 'JPY', 'ja-JP', 2500],
    ['0.125', 'KWD', 'ar-KW', 125],
  ])('reads %j in %s (%s) as %i minor units', (text, currency, locale, amount) => {
    expect(parsePriceText(text, currency, locale)).toEqual({ ok: true, amount });
  });

  it('reads a lone separator that is not the locale’s thousands separator as decimals', () => {
    expect(parsePriceText('1,000', 'EUR', 'de-DE')).toEqual({
      ok: false,
      message: 'Use at most 2 decimals',
    });
  });

  it.each([
    ['abc', 'Enter a number such as 25 or 19.99'],
    ['', 'Enter a number such as 25 or 19.99'],
    ['-5', 'Enter a number such as 25 or 19.99'],
    ['1e5', 'Enter a number such as 25 or 19.99'],
    ['12.', 'Enter a number such as 25 or 19.99'],
    ['1,2.5', 'Enter a number such as 25 or 19.99'],
    ['1,234,5', 'Enter a number such as 25 or 19.99'],
    ['<script>', 'Enter a number such as 25 or 19.99'],
    ['19.999', 'Use at most 2 decimals'],
    ['99999999999', 'That price is too high'],
    ['10000001', 'That price is too high'],
  ])('refuses %j in USD with a message', (text, message) => {
    expect(parsePriceText(text, 'USD')).toEqual({ ok: false, message });
  });

  it('refuses decimals in a currency without a minor unit', () => {
    expect(parsePriceText('12.5', 'JPY')).toEqual({
      ok: false,
      message: 'Enter a whole amount; JPY has no decimals',
    });
  });
});

describe('formatPriceText', () => {
  it.each([
    [2500, 'USD', '25'],
    [1950, 'USD', '19.50'],
    [5, 'USD', '0.05'],
    [2500, 'JPY', '2500'],
  ])('writes %i %s as %j', (amount, currency, text) => {
    expect(formatPriceText(amount, currency)).toBe(text);
    expect(parsePriceText(text, currency)).toEqual({ ok: true, amount });
  });
});
